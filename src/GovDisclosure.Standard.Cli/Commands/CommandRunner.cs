using System;
using System.IO;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>Runs a command's body and turns the failures every command shares into a message on standard error and exit code 2.</summary>
    internal static class CommandRunner
    {
        public static int Run(Func<int> body)
        {
            try
            {
                return body();
            }
            catch (CommandFailure e)
            {
                return Fail(e.Message);
            }
            catch (InputException e)
            {
                return Fail(e.Location + ": " + ToolLanguage.Current.Text(e.Text));
            }
            catch (CalendarNotCoveredException e)
            {
                return Fail(e.Message);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return Fail(e.Message);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Never a stack trace and never exit 1 (the findings code): a failure that is not a finding is exit 2.
                return Fail(ToolLanguage.Say($"内部错误（{e.GetType().Name}）：{e.Message}；请报告此问题。", $"internal error ({e.GetType().Name}): {e.Message}; please report it."));
            }
        }

        public static int Fail(string message)
        {
            Console.Error.WriteLine("govdisclosure: " + Reporting.TerminalText.Escape(message));
            return ExitCodes.Unusable;
        }
    }
}
