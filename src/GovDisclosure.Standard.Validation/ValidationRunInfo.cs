using System.Collections.Generic;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// What a validation run checked against, so that a report can be reproduced: the library
    /// version, the version of the code lists (value sets), the calendar years covered, and the rule set.
    /// </summary>
    public sealed record ValidationRunInfo
    {
        /// <summary>Creates the run information.</summary>
        /// <param name="libraryVersion">The library's informational version.</param>
        /// <param name="codelistVersion">The version of the code lists the run checked against.</param>
        /// <param name="calendarYears">The years of the working-day calendar.</param>
        /// <param name="ruleSetName">The rule set's name.</param>
        /// <param name="ruleIds">The ids of the rules that ran.</param>
        public ValidationRunInfo(string libraryVersion, string codelistVersion, IReadOnlyList<int> calendarYears, string ruleSetName, IReadOnlyList<string> ruleIds)
        {
            LibraryVersion = libraryVersion;
            CodelistVersion = codelistVersion;
            CalendarYears = calendarYears;
            RuleSetName = ruleSetName;
            RuleIds = ruleIds;
        }

        /// <summary>The library's version (程序版本), from its assembly's informational version, e.g. <c>0.1.0-preview+abc123</c>.</summary>
        public string LibraryVersion { get; }

        /// <summary>
        /// The version of the code lists (value sets) the run checked against (代码集版本): the library
        /// version and a hash of every code list's codes and names, e.g. <c>0.1.0-preview/sha256:1a2b3c4d5e6f</c>.
        /// </summary>
        public string CodelistVersion { get; }

        /// <summary>The years the working-day calendar covers (日历年份); dates outside them are reported as not checkable.</summary>
        public IReadOnlyList<int> CalendarYears { get; }

        /// <summary>The rule set's name (规则集), e.g. <c>standard</c>.</summary>
        public string RuleSetName { get; }

        /// <summary>The ids of the rules that ran, in run order.</summary>
        public IReadOnlyList<string> RuleIds { get; }
    }
}
