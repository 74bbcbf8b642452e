using System;
using System.Collections.Generic;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>What every report says about the run: the tool, what it checked against, the language, the threshold.</summary>
    public sealed class ReportRun
    {
        internal ReportRun(ValidationRunInfo info, IReadOnlyList<RuleDescriptor> rules, string language, FindingSeverity failOn, DateTimeOffset startedAt)
        {
            Info = info;
            Rules = rules;
            Language = language;
            FailOn = failOn;
            StartedAt = startedAt;
        }

        /// <summary>The name of the tool that writes the report.</summary>
        public static string ToolName => "govdisclosure";

        /// <summary>The version of the reporting library (major.minor.patch).</summary>
        public static string ToolVersion => typeof(ReportRun).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

        /// <summary>What the run checked against: library, code-list and calendar versions, rule set.</summary>
        public ValidationRunInfo Info { get; }

        /// <summary>Every known rule, for reports that describe the rules they cite.</summary>
        public IReadOnlyList<RuleDescriptor> Rules { get; }

        /// <summary>The language of messages: <c>zh</c> or <c>en</c>.</summary>
        public string Language { get; }

        /// <summary><c>true</c> when messages are in Chinese.</summary>
        public bool Chinese => Language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

        /// <summary>The severity at and above which a finding fails the run.</summary>
        public FindingSeverity FailOn { get; }

        /// <summary>When the run started.</summary>
        public DateTimeOffset StartedAt { get; }

        /// <summary>A bilingual text in the run's language.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The Chinese or English text.</returns>
        public string Text(BilingualText text) => text.In(Language);

        /// <summary>One of two wordings, in the run's language.</summary>
        /// <param name="chinese">The Chinese wording.</param>
        /// <param name="english">The English wording.</param>
        /// <returns>The wording in the run's language.</returns>
        public string Text(string chinese, string english) => Chinese ? chinese : english;
    }
}
