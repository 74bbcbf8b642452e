using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Tests.Text
{
    /// <summary>
    /// A text that is not its own fold is first looked through in a fold made on the stack: what <see cref="VagueWording.Find"/>
    /// answers is what the fold with its map to the original finds, and the stack's fold is <see cref="ChineseText.FoldSimple(string)"/>'s.
    /// </summary>
    public sealed class VagueWordingStackFoldTests
    {
        /// <summary>Pieces of phrases, proper names, titles, full-width forms, spaces, characters that fold by NFKC, surrogates.</summary>
        private static readonly string[] Pieces =
        {
            "有关部门", "相关", "有关", "其他", "其它", "等", "材料", "资料", "部门", "规定", "有", "关", "其", "他", "相", "单位",
            "法人或者其他组织", "其他对外管理服务事项", "《城镇燃气管理条例》", "《", "》", "的有关规定", "持有本县户籍",
            "\uFF0C", "\uFF08", "\uFF09", "\uFF1A", "\u3001", "\u3002", " ", "\t", "\u3000", "\u200B", "\uFEFF", "A", "z", "7",
            "\uFF21", "\uFF45", "\uFF11", "\uF900", "\u2F00", "e\u0301", "\u1100\u1161", "\uD840\uDC00", "\u00A0", "青山县民政局",
        };

        private static readonly Gen<string> Texts = Gen.Choose(1, 14)
            .SelectMany(count => Gen.ArrayOf(Gen.Elements(Pieces), count))
            .Select(pieces => string.Concat(pieces));

        [Property(MaxTest = 2000)]
        public Property Find_answers_what_the_fold_with_its_map_finds() =>
            Prop.ForAll(Texts.ToArbitrary(), text =>
                VagueWording.Default.Find(text).SequenceEqual(VagueWording.Default.FindInFold(text)));

        [Property(MaxTest = 2000)]
        public Property The_stack_fold_is_the_simple_fold() =>
            Prop.ForAll(Texts.ToArbitrary(), text =>
            {
                Span<char> folded = stackalloc char[text.Length];
                int length = ChineseText.FoldSimpleInto(text.AsSpan(), folded);
                string? simple = ChineseText.FoldSimple(text);
                return length < 0 ? simple is null : simple == new string(folded.Slice(0, length).ToArray()) && simple == ChineseText.Fold(text);
            });
    }
}
