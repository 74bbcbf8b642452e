using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// A rules file (规则配置文件): a rule set configured without code, which the tool (<c>validate --rules-file</c>)
    /// and a portal read alike. It is one JSON object (comments and trailing commas allowed):
    /// <code>
    /// {
    ///   "extends": "standard",        // the built-in set to start from (optional)
    ///   "name": "county-2025",        // recorded in reports (optional; the file's name otherwise)
    ///   "rules": {
    ///     "GD-CAT-009": "off",        // leave a rule out
    ///     "GD-SG-003": "warning",     // re-grade it: error, warning or information
    ///     "GD-CAT-011": "on"          // turn on a rule of an opt-in set, at its own severity
    ///   }
    /// }
    /// </code>
    /// Rules are named by their stable ids. Every mistake — broken JSON, an unknown member, set, rule id or
    /// severity, a rule named twice, GD-STR-001 turned off — is an <see cref="InputException"/> at its line and column.
    /// </summary>
    public static class RuleSetFile
    {
        /// <summary>The largest rules file read, in bytes.</summary>
        public const int MaxBytes = 1 << 20;

        private const string What = "规则配置文件|rules file";

        private static readonly string[] Severities = { "off", "on", "error", "warning", "information" };

        /// <summary>Reads the rules file at <paramref name="path"/>.</summary>
        /// <param name="path">The file.</param>
        /// <param name="fallback">The set to start from when the file has no <c>extends</c>; <see cref="RuleSet.Standard"/> when <c>null</c>.</param>
        /// <returns>The configured rule set.</returns>
        /// <exception cref="InputException">The file cannot be read or holds a mistake (located).</exception>
        public static RuleSet Load(string path, RuleSet? fallback = null) =>
            Parse(SettingsFile.Open(path ?? throw new ArgumentNullException(nameof(path)), What, MaxBytes), fallback);

        /// <summary>Reads a rules file from a stream.</summary>
        /// <param name="stream">The file's bytes (UTF-8).</param>
        /// <param name="name">The file's name, used in locations and as the set's default name.</param>
        /// <param name="fallback">The set to start from when the file has no <c>extends</c>; <see cref="RuleSet.Standard"/> when <c>null</c>.</param>
        /// <returns>The configured rule set.</returns>
        /// <exception cref="InputException">The file holds a mistake (located) or is too large.</exception>
        public static RuleSet Read(Stream stream, string name, RuleSet? fallback = null) =>
            Parse(SettingsFile.Of(stream ?? throw new ArgumentNullException(nameof(stream)), name ?? throw new ArgumentNullException(nameof(name)), What, MaxBytes), fallback);

        private static RuleSet Parse(SettingsFile file, RuleSet? fallback)
        {
            Utf8JsonReader reader = file.Reader();
            if (file.IsBlank || !file.Read(ref reader))
            {
                throw file.Error(0, "规则配置文件是空的；应为一个 JSON 对象，如 {\"rules\": {\"GD-CAT-009\": \"off\"}}。", "the rules file is empty; it should be one JSON object, e.g. {\"rules\": {\"GD-CAT-009\": \"off\"}}.");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw file.Expected(ref reader, "一个 JSON 对象（{ … }）|one JSON object ({ … })");
            }

            RuleSet set = fallback ?? RuleSet.Standard;
            string? name = null;
            var settings = new List<(string Id, string Severity, long IdAt, long SeverityAt)>();
            file.ReadMembers(ref reader, (string member, long memberAt, ref Utf8JsonReader value) =>
            {
                switch (member)
                {
                    case "extends":
                        set = BuiltIn(file, ref value);
                        break;
                    case "name":
                        name = NonEmptyText(file, ref value, "规则集名称|a rule set name");
                        break;
                    case "rules":
                        ReadRules(file, ref value, settings);
                        break;
                    default:
                        throw file.Error(
                            memberAt,
                            $"未知的成员“{member}”；规则配置文件的成员为 extends、name、rules。",
                            $"unknown member '{member}'; a rules file has the members extends, name and rules.");
                }
            });

            foreach ((string id, string severity, long idAt, long severityAt) in settings)
            {
                set = Apply(file, set, id, severity, idAt, severityAt);
            }

            return set.Named(name ?? Path.GetFileNameWithoutExtension(file.Name), set.Description);
        }

        private static RuleSet BuiltIn(SettingsFile file, ref Utf8JsonReader reader)
        {
            string known = string.Join(", ", RuleSet.BuiltIn.Select(s => s.Name));
            long at = reader.TokenStartIndex;
            string text = NonEmptyText(file, ref reader, "内置规则集的名称|the name of a built-in rule set");
            return RuleSet.FindBuiltIn(text) ?? throw file.Error(at, $"没有名为“{text}”的内置规则集；可用：{known}。", $"there is no built-in rule set '{text}'; the sets are {known}.");
        }

        private static string NonEmptyText(SettingsFile file, ref Utf8JsonReader reader, string what)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw file.Expected(ref reader, what);
            }

            string text = file.Text(ref reader).Trim();
            return text.Length > 0 ? text : throw file.Expected(ref reader, what);
        }

        private static void ReadRules(SettingsFile file, ref Utf8JsonReader reader, List<(string Id, string Severity, long IdAt, long SeverityAt)> settings)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw file.Expected(ref reader, "规则编号到设置的对象，如 {\"GD-CAT-009\": \"off\"}|an object of rule ids to settings, e.g. {\"GD-CAT-009\": \"off\"}");
            }

            while (file.Read(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
            {
                long idAt = reader.TokenStartIndex;
                string id = file.Text(ref reader).Trim();
                file.Read(ref reader);
                long severityAt = reader.TokenStartIndex;
                string allowed = string.Join(", ", Severities);
                if (reader.TokenType != JsonTokenType.String)
                {
                    throw file.Expected(ref reader, $"规则 {id} 的设置（{allowed} 之一）|the setting of {id} (one of {allowed})");
                }

                string severity = file.Text(ref reader).Trim().ToLowerInvariant();
                if (Array.IndexOf(Severities, severity) < 0)
                {
                    throw file.Error(severityAt, $"规则 {id} 的设置“{severity}”未知；可用：{allowed}。", $"unknown setting '{severity}' for {id}; use one of {allowed}.");
                }

                if (settings.Any(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase)))
                {
                    throw file.Error(idAt, $"规则 {id} 在文件中出现了两次；每条规则只设置一次。", $"the rule {id} is set twice in the file; set each rule once.");
                }

                settings.Add((id, severity, idAt, severityAt));
            }
        }

        private static RuleSet Apply(SettingsFile file, RuleSet set, string id, string setting, long idAt, long settingAt)
        {
            RuleDescriptor? descriptor = RuleRegistry.Find(id) ?? RuleRegistry.All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));
            if (descriptor is null)
            {
                throw file.Error(idAt, $"没有编号为“{id}”的规则（规则编号形如 GD-CAT-009，全部规则见规则说明）。", $"there is no rule '{id}' (rule ids look like GD-CAT-009; every rule is listed in the rules documentation).");
            }

            if (descriptor.Id != id)
            {
                throw file.Error(idAt, $"规则编号“{id}”应写作“{descriptor.Id}”（区分大小写）。", $"the rule id '{id}' is written '{descriptor.Id}' (ids are case-sensitive).");
            }

            if (setting == "off")
            {
                try
                {
                    return set.Contains(id) ? set.Without(id) : set;
                }
                catch (InvalidOperationException e)
                {
                    throw file.Error(settingAt, $"{id} 不能关闭：无法读取的记录总要说明原因。", $"{id} cannot be turned off: an unreadable record must always say why.", e);
                }
            }

            if (!set.Contains(id))
            {
                ValidationRule? rule = RuleSet.BuiltIn.Select(s => s.Find(id)).FirstOrDefault(r => r != null);
                if (rule is null)
                {
                    throw file.Error(idAt, $"规则 {id} 不在任何内置规则集中，不能从配置文件开启。", $"the rule {id} is in no built-in set and cannot be turned on from a rules file.");
                }

                set = set.With(rule);
            }

            return setting == "on" ? set : set.WithSeverity(id, setting switch
            {
                "error" => FindingSeverity.Error,
                "warning" => FindingSeverity.Warning,
                _ => FindingSeverity.Information,
            });
        }
    }
}
