using System;

namespace GovDisclosure.Standard
{
    /// <summary>
    /// Marks a field the standard requires (必填). The model keeps it nullable so that an incomplete
    /// export can still be read and its gaps reported; the published JSON Schema lists it as
    /// <c>required</c> and the completeness rules report it when it is absent or empty.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
    public sealed class RequiredByStandardAttribute : Attribute
    {
    }
}
