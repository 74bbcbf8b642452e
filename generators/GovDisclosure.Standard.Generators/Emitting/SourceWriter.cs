using System.Text;

namespace GovDisclosure.Standard.Generators.Emitting
{
    /// <summary>Writes C# source with four-space indentation and LF line ends, so output is the same on every machine.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder builder = new StringBuilder();
        private int indent;

        public SourceWriter Line(string text = "")
        {
            if (text.Length > 0)
            {
                builder.Append(' ', indent * 4);
                builder.Append(text);
            }

            builder.Append('\n');
            return this;
        }

        public SourceWriter Open(string text)
        {
            Line(text);
            Line("{");
            indent++;
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            indent--;
            Line("}" + suffix);
            return this;
        }

        /// <summary>Writes a documentation comment: each line of <paramref name="xml"/> prefixed with <c>///</c>.</summary>
        public SourceWriter Doc(string xml)
        {
            foreach (string line in xml.Split('\n'))
            {
                Line("/// " + line);
            }

            return this;
        }

        public override string ToString() => builder.ToString();
    }
}
