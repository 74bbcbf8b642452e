using System;
using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Standard.Review
{
    /// <summary>
    /// Compares two public API listings. A type or member line that disappears is breaking; when a member
    /// of the same name appears in its place, its signature changed (breaking). A new type or member is
    /// additive. A type declaration that only gains base interfaces is additive; any other change to it
    /// (sealed, static, a base class, a constraint) is breaking. Assembly attributes are editorial.
    /// </summary>
    internal static class ApiListingComparison
    {
        public static void Compare(ApiListing before, ApiListing after, ChangeCollector changes)
        {
            foreach (string removed in before.AssemblyAttributes.Except(after.AssemblyAttributes))
            {
                changes.Add(ChangeKind.Editorial, "assembly", removed, null, "删除了程序集特性", "An assembly attribute was removed");
            }

            foreach (string added in after.AssemblyAttributes.Except(before.AssemblyAttributes))
            {
                changes.Add(ChangeKind.Editorial, "assembly", null, added, "新增程序集特性", "An assembly attribute was added");
            }

            foreach (ApiTypeBlock type in before.Types.Values)
            {
                if (!after.Types.TryGetValue(type.Name, out ApiTypeBlock? current))
                {
                    changes.Add(ChangeKind.Breaking, type.Name, type.Declaration, null,
                        $"删除了公共类型 {type.Name}", $"Public type '{type.Name}' was removed");
                    continue;
                }

                CompareDeclaration(type, current, changes);
                CompareMembers(type, current, changes);
            }

            foreach (ApiTypeBlock type in after.Types.Values.Where(t => !before.Types.ContainsKey(t.Name)))
            {
                changes.Add(ChangeKind.Additive, type.Name, null, type.Declaration,
                    $"新增公共类型 {type.Name}", $"New public type '{type.Name}'");
            }
        }

        private static void CompareDeclaration(ApiTypeBlock before, ApiTypeBlock after, ChangeCollector changes)
        {
            if (before.Declaration == after.Declaration)
            {
                return;
            }

            bool onlyGainedBases = after.Declaration.StartsWith(Head(before.Declaration), StringComparison.Ordinal)
                && Head(before.Declaration) == Head(after.Declaration)
                && Bases(before.Declaration).All(Bases(after.Declaration).Contains)
                && Constraints(before.Declaration) == Constraints(after.Declaration);
            changes.Add(onlyGainedBases ? ChangeKind.Additive : ChangeKind.Breaking, before.Name, before.Declaration, after.Declaration,
                onlyGainedBases ? $"类型 {before.Name} 新增了实现的接口" : $"类型 {before.Name} 的声明有改动",
                onlyGainedBases ? $"Type '{before.Name}' implements more interfaces" : $"The declaration of type '{before.Name}' changed");
        }

        private static string Head(string declaration)
        {
            string withoutConstraints = declaration.Split(new[] { " where " }, StringSplitOptions.None)[0];
            int colon = withoutConstraints.IndexOf(" : ", StringComparison.Ordinal);
            return colon < 0 ? withoutConstraints : withoutConstraints.Substring(0, colon);
        }

        private static List<string> Bases(string declaration)
        {
            string withoutConstraints = declaration.Split(new[] { " where " }, StringSplitOptions.None)[0];
            int colon = withoutConstraints.IndexOf(" : ", StringComparison.Ordinal);
            return colon < 0 ? new List<string>() : SplitTopLevel(withoutConstraints.Substring(colon + 3));
        }

        private static string Constraints(string declaration)
        {
            int where = declaration.IndexOf(" where ", StringComparison.Ordinal);
            return where < 0 ? string.Empty : declaration.Substring(where);
        }

        private static void CompareMembers(ApiTypeBlock before, ApiTypeBlock after, ChangeCollector changes)
        {
            var removed = before.Members.Where(m => !after.Members.Contains(m)).ToList();
            var added = after.Members.Where(m => !before.Members.Contains(m)).ToList();
            foreach (string member in removed)
            {
                string name = MemberName(member);
                string path = before.Name + "::" + name;
                string? replacement = added.FirstOrDefault(a => MemberName(a) == name);
                if (replacement != null)
                {
                    added.Remove(replacement);
                    changes.Add(ChangeKind.Breaking, path, member, replacement,
                        $"公共成员 {path} 的签名有改动", $"The signature of public member '{path}' changed");
                }
                else
                {
                    changes.Add(ChangeKind.Breaking, path, member, null,
                        $"删除了公共成员 {path}", $"Public member '{path}' was removed");
                }
            }

            foreach (string member in added)
            {
                string path = after.Name + "::" + MemberName(member);
                changes.Add(ChangeKind.Additive, path, null, member, $"新增公共成员 {path}", $"New public member '{path}'");
            }
        }

        /// <summary>The name a member line declares: a method, constructor or operator name, a property, field, event or enum member name.</summary>
        internal static string MemberName(string signature)
        {
            string s = WithoutAttributes(signature);
            int operatorAt = s.IndexOf(" operator ", StringComparison.Ordinal);
            if (operatorAt >= 0)
            {
                int open = s.IndexOf('(', operatorAt);
                return s.Substring(operatorAt + 1, (open < 0 ? s.Length : open) - operatorAt - 1).Trim();
            }

            if (s.Contains(" this["))
            {
                return "this[]";
            }

            int end = FirstOf(s, "(", " { ", " = ", ";", ",");
            string head = (end < 0 ? s : s.Substring(0, end)).Trim();
            int space = LastTopLevelSpace(head);
            string name = space < 0 ? head : head.Substring(space + 1);
            int generic = name.IndexOf('<');
            return generic < 0 ? name : name.Substring(0, generic);
        }

        private static string WithoutAttributes(string signature)
        {
            string s = signature.TrimStart();
            while (s.StartsWith("[", StringComparison.Ordinal))
            {
                int depth = 0;
                bool quoted = false;
                int i = 0;
                for (; i < s.Length; i++)
                {
                    char c = s[i];
                    if (c == '"' && (i == 0 || s[i - 1] != '\\'))
                    {
                        quoted = !quoted;
                    }
                    else if (!quoted && c == '[')
                    {
                        depth++;
                    }
                    else if (!quoted && c == ']' && --depth == 0)
                    {
                        break;
                    }
                }

                s = i + 1 < s.Length ? s.Substring(i + 1).TrimStart() : string.Empty;
            }

            return s;
        }

        private static int FirstOf(string s, params string[] tokens)
        {
            int best = -1;
            int depth = 0;
            for (int i = 0; i < s.Length && best < 0; i++)
            {
                char c = s[i];
                if (c == '<')
                {
                    depth++;
                }
                else if (c == '>')
                {
                    depth--;
                }
                else if (depth == 0 && tokens.Any(t => string.CompareOrdinal(s, i, t, 0, t.Length) == 0))
                {
                    best = i;
                }
            }

            return best;
        }

        private static int LastTopLevelSpace(string s)
        {
            int depth = 0;
            for (int i = s.Length - 1; i >= 0; i--)
            {
                char c = s[i];
                if (c == '>')
                {
                    depth++;
                }
                else if (c == '<')
                {
                    depth--;
                }
                else if (c == ' ' && depth == 0)
                {
                    return i;
                }
            }

            return -1;
        }

        private static List<string> SplitTopLevel(string list)
        {
            var parts = new List<string>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i < list.Length; i++)
            {
                if (list[i] == '<')
                {
                    depth++;
                }
                else if (list[i] == '>')
                {
                    depth--;
                }
                else if (list[i] == ',' && depth == 0)
                {
                    parts.Add(list.Substring(start, i - start).Trim());
                    start = i + 1;
                }
            }

            parts.Add(list.Substring(start).Trim());
            return parts;
        }
    }
}
