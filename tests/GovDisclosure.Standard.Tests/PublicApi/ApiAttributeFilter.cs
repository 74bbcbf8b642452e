using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace GovDisclosure.Standard.Tests.PublicApi
{
    /// <summary>
    /// Which attributes a public API listing shows, following PublicApiGenerator: compiler plumbing
    /// (nullable, compiler-generated, debugger, assembly description) is left out; a non-public attribute
    /// is left out unless it changes how the compiler or runtime treats the API (nullability helpers,
    /// caller information, platform support, required members).
    /// </summary>
    internal static class ApiAttributeFilter
    {
        private static readonly HashSet<string> Skipped = new HashSet<string>(StringComparer.Ordinal)
        {
            "System.CodeDom.Compiler.GeneratedCodeAttribute",
            "System.ComponentModel.EditorBrowsableAttribute",
            "System.Runtime.CompilerServices.AsyncStateMachineAttribute",
            "System.Runtime.CompilerServices.CompilerGeneratedAttribute",
            "System.Runtime.CompilerServices.CompilationRelaxationsAttribute",
            "System.Runtime.CompilerServices.ExtensionAttribute",
            "System.Runtime.CompilerServices.RuntimeCompatibilityAttribute",
            "System.Runtime.CompilerServices.IteratorStateMachineAttribute",
            "System.Runtime.CompilerServices.IsReadOnlyAttribute",
            "System.Runtime.CompilerServices.IsByRefLikeAttribute",
            "System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute",
            "System.Runtime.CompilerServices.NullableAttribute",
            "System.Runtime.CompilerServices.NullableContextAttribute",
            "System.Runtime.CompilerServices.NullablePublicOnlyAttribute",
            "System.Runtime.CompilerServices.IsUnmanagedAttribute",
            "System.Runtime.CompilerServices.RefSafetyRulesAttribute",
            "System.Runtime.CompilerServices.RequiredMemberAttribute",
            "System.Runtime.CompilerServices.TupleElementNamesAttribute",
            "System.Runtime.CompilerServices.DynamicAttribute",
            "System.Runtime.CompilerServices.NativeIntegerAttribute",
            "System.ParamArrayAttribute",
            "System.Reflection.DefaultMemberAttribute",
            "System.Diagnostics.DebuggableAttribute",
            "System.Diagnostics.DebuggerNonUserCodeAttribute",
            "System.Diagnostics.DebuggerStepThroughAttribute",
            "System.Reflection.AssemblyCompanyAttribute",
            "System.Reflection.AssemblyConfigurationAttribute",
            "System.Reflection.AssemblyCopyrightAttribute",
            "System.Reflection.AssemblyDescriptionAttribute",
            "System.Reflection.AssemblyFileVersionAttribute",
            "System.Reflection.AssemblyInformationalVersionAttribute",
            "System.Reflection.AssemblyProductAttribute",
            "System.Reflection.AssemblyTitleAttribute",
            "System.Reflection.AssemblyTrademarkAttribute",

            // Also excluded here (PublicApiGenerator's ExcludeAttributes option): it names the target
            // framework, so it would make every framework's listing differ when their APIs do not.
            "System.Runtime.Versioning.TargetFrameworkAttribute",
        };

        private static readonly HashSet<string> ShownEvenWhenNotPublic = new HashSet<string>(StringComparer.Ordinal)
        {
            "System.Diagnostics.CodeAnalysis.AllowNullAttribute",
            "System.Diagnostics.CodeAnalysis.DisallowNullAttribute",
            "System.Diagnostics.CodeAnalysis.DoesNotReturnAttribute",
            "System.Diagnostics.CodeAnalysis.DoesNotReturnIfAttribute",
            "System.Diagnostics.CodeAnalysis.MaybeNullAttribute",
            "System.Diagnostics.CodeAnalysis.MaybeNullWhenAttribute",
            "System.Diagnostics.CodeAnalysis.NotNullAttribute",
            "System.Diagnostics.CodeAnalysis.NotNullIfNotNullAttribute",
            "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute",
            "System.SerializableAttribute",
            "System.Runtime.CompilerServices.CallerArgumentExpressionAttribute",
            "System.Runtime.CompilerServices.CallerFilePathAttribute",
            "System.Runtime.CompilerServices.CallerLineNumberAttribute",
            "System.Runtime.CompilerServices.CallerMemberNameAttribute",
            "System.Runtime.CompilerServices.ReferenceAssemblyAttribute",
            "System.Runtime.Versioning.SupportedOSPlatformAttribute",
            "System.Runtime.Versioning.UnsupportedOSPlatformAttribute",
            "System.Runtime.Versioning.SupportedOSPlatformGuardAttribute",
            "System.Runtime.Versioning.UnsupportedOSPlatformGuardAttribute",
            "System.Runtime.Versioning.ObsoletedOSPlatformAttribute",
        };

        /// <summary>The attribute's class name with its namespace, e.g. <c>System.ObsoleteAttribute</c>.</summary>
        public static string FullName(AttributeData attribute) =>
            attribute.AttributeClass is null ? string.Empty : ApiTypeNames.MetadataFullName(attribute.AttributeClass);

        /// <summary><c>true</c> when the listing shows this attribute.</summary>
        public static bool IsShown(AttributeData attribute)
        {
            INamedTypeSymbol? type = attribute.AttributeClass;
            if (type is null || type.TypeKind == TypeKind.Error)
            {
                throw new InvalidOperationException("An attribute's type could not be resolved from the assembly's references: " + attribute);
            }

            string name = FullName(attribute);
            if (Skipped.Contains(name))
            {
                return false;
            }

            return ApiSymbols.IsVisibleOutside(type) || ShownEvenWhenNotPublic.Contains(name);
        }
    }
}
