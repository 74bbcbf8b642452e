using System;
using System.Collections.Generic;
using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Cli.Output
{
    /// <summary>What every report says about the run: the tool, what it checked against, the language, the threshold.</summary>
    internal sealed class ReportRun
    {
        public ReportRun(ValidationRunInfo info, IReadOnlyList<RuleDescriptor> rules, string language, FindingSeverity failOn, DateTimeOffset startedAt)
        {
            Info = info;
            Rules = rules;
            Language = language;
            FailOn = failOn;
            StartedAt = startedAt;
        }

        public static string ToolName => "govdisclosure";

        public static string ToolVersion => typeof(ReportRun).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

        public ValidationRunInfo Info { get; }

        public IReadOnlyList<RuleDescriptor> Rules { get; }

        public string Language { get; }

        public bool Chinese => Language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

        public FindingSeverity FailOn { get; }

        public DateTimeOffset StartedAt { get; }

        public string Text(BilingualText text) => text.In(Language);

        public string Text(string chinese, string english) => Chinese ? chinese : english;
    }
}
