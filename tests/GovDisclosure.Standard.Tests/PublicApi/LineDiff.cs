using System;
using System.Collections.Generic;
using System.Text;

namespace GovDisclosure.Standard.Tests.PublicApi
{
    /// <summary>A unified-diff-like excerpt of two texts (longest common subsequence of lines, 3 lines of context).</summary>
    internal static class LineDiff
    {
        /// <summary>The changed hunks, <c>-</c> for approved lines, <c>+</c> for received ones; at most <paramref name="maxLines"/> lines.</summary>
        public static string Excerpt(string approved, string received, int maxLines = 80)
        {
            string[] a = Lines(approved);
            string[] b = Lines(received);
            var ops = Script(a, b);
            var output = new StringBuilder();
            int written = 0;
            int i = 0;
            while (i < ops.Count && written < maxLines)
            {
                if (ops[i].Kind == ' ')
                {
                    i++;
                    continue;
                }

                int start = Math.Max(0, i - 3);
                int end = i;
                int quiet = 0;
                while (end < ops.Count && quiet <= 6)
                {
                    quiet = ops[end].Kind == ' ' ? quiet + 1 : 0;
                    end++;
                }

                end = Math.Min(ops.Count, end - Math.Max(0, quiet - 3));
                output.Append("@@ approved line ").Append(ops[start].OldLine + 1).Append(", received line ").Append(ops[start].NewLine + 1).Append(" @@\n");
                for (int k = start; k < end && written < maxLines; k++, written++)
                {
                    output.Append(ops[k].Kind).Append(ops[k].Text).Append('\n');
                }

                i = end;
            }

            if (written >= maxLines)
            {
                output.Append("… (diff truncated)\n");
            }

            return output.ToString();
        }

        private static string[] Lines(string text) => text.Replace("\r\n", "\n").Split('\n');

        private static List<(char Kind, string Text, int OldLine, int NewLine)> Script(string[] a, string[] b)
        {
            int prefix = 0;
            while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
            {
                prefix++;
            }

            int suffix = 0;
            while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
            {
                suffix++;
            }

            int n = a.Length - prefix - suffix;
            int m = b.Length - prefix - suffix;
            var lcs = new int[n + 1, m + 1];
            for (int x = n - 1; x >= 0; x--)
            {
                for (int y = m - 1; y >= 0; y--)
                {
                    lcs[x, y] = a[prefix + x] == b[prefix + y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
                }
            }

            var ops = new List<(char, string, int, int)>();
            for (int k = 0; k < prefix; k++)
            {
                ops.Add((' ', a[k], k, k));
            }

            int p = 0, q = 0;
            while (p < n || q < m)
            {
                if (p < n && q < m && a[prefix + p] == b[prefix + q])
                {
                    ops.Add((' ', a[prefix + p], prefix + p, prefix + q));
                    p++;
                    q++;
                }
                else if (q < m && (p == n || lcs[p, q + 1] >= lcs[p + 1, q]))
                {
                    ops.Add(('+', b[prefix + q], prefix + p, prefix + q));
                    q++;
                }
                else
                {
                    ops.Add(('-', a[prefix + p], prefix + p, prefix + q));
                    p++;
                }
            }

            for (int k = 0; k < suffix; k++)
            {
                ops.Add((' ', a[prefix + n + k], prefix + n + k, prefix + m + k));
            }

            return ops;
        }
    }
}
