using System;
using System.Collections.Generic;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// The plan position of each member name of one object type (<see cref="BindingPlan.MemberNames"/>), by the name as a
    /// string: how a record kept as its members (<see cref="RecordMembers"/>) finds its members' plans, as
    /// <see cref="BindingPlan.IndexOf"/> finds them from a reader's name. One per binder and type, made at first use.
    /// </summary>
    internal sealed class MemberPositions
    {
        private Dictionary<string, int>? positions;

        /// <summary>The positions of <paramref name="plan"/>'s member names (the plan this was made for).</summary>
        /// <param name="plan">The object type's plan.</param>
        public Dictionary<string, int> Of(BindingPlan plan)
        {
            if (positions is null)
            {
                var made = new Dictionary<string, int>(plan.MemberNames.Length, StringComparer.Ordinal);
                for (int i = 0; i < plan.MemberNames.Length; i++)
                {
                    made[plan.MemberNames[i]] = i;
                }

                positions = made;
            }

            return positions;
        }
    }
}
