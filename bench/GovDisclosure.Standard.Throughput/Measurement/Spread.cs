using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace GovDisclosure.Standard.Throughput.Measurement
{
    /// <summary>Repeated measurements of one figure, printed as a range (<c>min–max</c>), or one value when measured once.</summary>
    internal sealed class Spread
    {
        private readonly List<double> values = new List<double>();

        public IReadOnlyList<double> Values => values;

        public void Add(double value) => values.Add(value);

        public string Format(string format) =>
            values.Count == 0 ? "–"
            : values.Count == 1 || values.Min().ToString(format, CultureInfo.InvariantCulture) == values.Max().ToString(format, CultureInfo.InvariantCulture)
                ? values[0].ToString(format, CultureInfo.InvariantCulture)
                : values.Min().ToString(format, CultureInfo.InvariantCulture) + "–" + values.Max().ToString(format, CultureInfo.InvariantCulture);
    }
}
