using System;
using System.Linq;

namespace GovDisclosure.Standard.Generators.Tests.Infrastructure
{
    /// <summary>A small valid catalogue file to break in one place, and where things are in a text.</summary>
    internal static class CatalogueText
    {
        public const string Valid = """
            {
              "domain": "socialAssistance",
              "version": "1.0.0",
              "entries": [
                {
                  "code": "minimumLivingAllowanceServiceGuide",
                  "firstLevelItem": "最低生活保障",
                  "secondLevelItem": "办事指南",
                  "contentElements": [
                    { "name": "办理事项", "requirement": "required" }
                  ],
                  "legalBasis": ["《社会救助暂行办法》"],
                  "timeLimit": "制定或获取信息之日起10个工作日内",
                  "responsibleBody": "县民政局",
                  "channels": ["governmentWebsite"],
                  "audiences": ["public"],
                  "modes": ["proactive"],
                  "levels": ["county"],
                  "categories": [5]
                },
                {
                  "code": "temporaryAssistanceServiceGuide",
                  "firstLevelItem": "临时救助",
                  "secondLevelItem": "办事指南",
                  "contentElements": [
                    { "name": "办理流程", "requirement": "optional" }
                  ],
                  "legalBasis": ["《社会救助暂行办法》"],
                  "timeLimit": "信息形成或者变更之日起20个工作日内",
                  "responsibleBody": "乡镇人民政府",
                  "channels": ["noticeBoard"],
                  "audiences": ["specificGroup"],
                  "modes": ["onRequest"],
                  "levels": ["township"],
                  "categories": []
                }
              ]
            }
            """;

        /// <summary>The valid file with one exact piece of text replaced (the piece must occur once).</summary>
        public static string With(string original, string replacement)
        {
            int first = Valid.IndexOf(original, StringComparison.Ordinal);
            if (first < 0 || Valid.IndexOf(original, first + 1, StringComparison.Ordinal) >= 0)
            {
                throw new ArgumentException($"'{original}' must occur exactly once in the valid catalogue.");
            }

            return Valid.Substring(0, first) + replacement + Valid.Substring(first + original.Length);
        }

        /// <summary>One-based line and column of the n-th (from 1) occurrence of <paramref name="marker"/>, counted independently of the generator.</summary>
        /// <remarks>A caret <c>‸</c> in the marker points inside it: <c>[5,‸]</c> is the position of the <c>]</c>.</remarks>
        public static (int Line, int Column) PositionOf(string text, string marker, int occurrence = 1)
        {
            int caret = marker.IndexOf('‸');
            if (caret >= 0)
            {
                (int atLine, int atColumn) = PositionOf(text, marker.Remove(caret, 1), occurrence);
                return (atLine, atColumn + caret);
            }

            int index = -1;
            for (int i = 0; i < occurrence; i++)
            {
                index = text.IndexOf(marker, index + 1, StringComparison.Ordinal);
                if (index < 0)
                {
                    throw new ArgumentException($"'{marker}' does not occur {occurrence} time(s).");
                }
            }

            string before = text.Substring(0, index);
            int line = before.Count(c => c == '\n') + 1;
            int column = index - (before.LastIndexOf('\n') + 1) + 1;
            return (line, column);
        }
    }
}
