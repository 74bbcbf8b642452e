namespace GovDisclosure.Standard.Tests
{
    /// <summary>Every document kind's code, for theories that run once per kind.</summary>
    public static class DocumentKindData
    {
        public static TheoryData<string> Codes()
        {
            var data = new TheoryData<string>();
            foreach (DocumentKind kind in DocumentKind.Declared)
            {
                data.Add(kind.Code);
            }

            return data;
        }
    }
}
