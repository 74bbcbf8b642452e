using System;
using System.Linq;
using System.Text;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>Reads the values of options shared by several commands (kind, encoding, domain) and says clearly what is accepted when a value is wrong.</summary>
    internal static class Choices
    {
        public static DocumentKind? Kind(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            return DocumentKind.TryParse(text, out DocumentKind? kind)
                ? kind
                : throw new CommandFailure($"unknown --kind '{text}'. Use one of: {string.Join(", ", DocumentKind.Declared.Select(k => k.Code))}.");
        }

        public static Encoding? Encoding(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            try
            {
                return TextEncodingDetector.Resolve(text!);
            }
            catch (ArgumentException e)
            {
                throw new CommandFailure(e.Message.Split('(')[0].Trim());
            }
        }

        public static PilotDomain Domain(string text)
        {
            if (PilotDomain.TryParse(text, out PilotDomain? domain))
            {
                return domain;
            }

            PilotDomain? closest = PilotDomain.Closest(text);
            throw new CommandFailure($"unknown pilot domain '{text}'." + (closest is null ? string.Empty : $" Did you mean '{closest.Code}' ({closest.ChineseName})?") + " Run 'govdisclosure catalog list' for all 26.");
        }
    }
}
