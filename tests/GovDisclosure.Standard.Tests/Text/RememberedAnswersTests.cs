using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Text;
using Xunit;

namespace GovDisclosure.Standard.Tests.Text
{
    /// <summary>
    /// <see cref="RememberedAnswers{TAnswer}"/> stands in for a pure function (a spelling suggestion, a normalisation): it must
    /// answer what the function answers, whatever it remembered, and work the function out once per remembered text.
    /// </summary>
    public class RememberedAnswersTests
    {
        private static string Answer(string text) => new string(text.Reverse().ToArray()) + "/" + text.Length;

        [Property(MaxTest = 300)]
        public Property Every_answer_is_the_functions_answer_whatever_was_remembered()
        {
            Gen<string> texts = Gen.Elements("有关部门", "政府网站", "网站", "短信", "", "a", new string('长', 300));
            Gen<int> capacities = Gen.Choose(0, 4);
            return Prop.ForAll(Gen.ArrayOf(texts).ToArbitrary(), capacities.ToArbitrary(), (asked, capacity) =>
            {
                var remembered = new RememberedAnswers<string>(Answer, capacity, longestText: 256);
                return asked.All(text => remembered.For(text) == Answer(text));
            });
        }

        [Fact]
        public void A_remembered_text_is_worked_out_once()
        {
            int calls = 0;
            var remembered = new RememberedAnswers<string>(text => { calls++; return Answer(text); }, capacity: 8);
            for (int i = 0; i < 100; i++)
            {
                Assert.Equal(Answer("有关部门"), remembered.For("有关部门"));
            }

            Assert.Equal(1, calls);
        }

        [Fact]
        public void Past_its_capacity_and_for_long_texts_it_works_the_answer_out_each_time()
        {
            var calls = new Dictionary<string, int>();
            var remembered = new RememberedAnswers<string>(
                text => { calls[text] = calls.TryGetValue(text, out int n) ? n + 1 : 1; return Answer(text); },
                capacity: 2,
                longestText: 5);
            string tooLong = "政府信息公开工作";
            foreach (string text in new[] { "一", "二", "三", "一", "二", "三", tooLong, tooLong })
            {
                Assert.Equal(Answer(text), remembered.For(text));
            }

            Assert.Equal(1, calls["一"]);
            Assert.Equal(1, calls["二"]);
            Assert.Equal(2, calls["三"]);
            Assert.Equal(2, calls[tooLong]);
        }

        [Fact]
        public void Threads_asking_at_once_all_get_the_functions_answer()
        {
            var remembered = new RememberedAnswers<string>(Answer, capacity: 16);
            string[] texts = Enumerable.Range(0, 64).Select(i => "渠道" + (i % 24)).ToArray();
            bool[] right = new bool[texts.Length * 50];
            Parallel.For(0, right.Length, i => right[i] = remembered.For(texts[i % texts.Length]) == Answer(texts[i % texts.Length]));
            Assert.All(right, Assert.True);
        }
    }
}
