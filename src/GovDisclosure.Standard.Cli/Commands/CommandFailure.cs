using System;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>A command that cannot go on (bad argument, unreadable input): the message is shown and the tool exits with code 2.</summary>
    internal sealed class CommandFailure : Exception
    {
        public CommandFailure(string message)
            : base(message)
        {
        }

        /// <summary>A failure said in the run's language (<see cref="ToolLanguage"/>).</summary>
        public CommandFailure(string chinese, string english)
            : base(ToolLanguage.Say(chinese, english))
        {
        }
    }
}
