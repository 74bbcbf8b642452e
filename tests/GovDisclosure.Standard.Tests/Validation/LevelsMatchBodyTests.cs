using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Validation.CatalogueEntries;
using static GovDisclosure.Standard.Tests.Validation.Samples;

namespace GovDisclosure.Standard.Tests.Validation
{
    public class LevelsMatchBodyTests
    {
        /// <summary>Pieces of a responsible body: every level's markers, 县级市, wide and spaced forms, and words that name no level.</summary>
        private static readonly string[] Pieces =
        {
            "市级", "市人民政府", "市政府", "设区的市", "县", "区人民政府", "区政府", "区级", "乡镇", "乡(镇)", "乡（镇）", "乡级", "镇级",
            "乡人民政府", "镇人民政府", "乡政府", "镇政府", "街道", "村委会", "村民委员会", "居委会", "居民委员会", "村(居)", "村（社区）",
            "县级市", "青山", "民政局", "、", "各", "市 政府", "人民", "设区", "村", "居民", "乡", "镇", "市",
        };

        private static readonly AdministrativeLevel[] AllLevels = { AdministrativeLevel.City, AdministrativeLevel.County, AdministrativeLevel.Township, AdministrativeLevel.Village };

        [Property]
        public Property A_body_is_reported_exactly_when_it_names_a_level_the_entry_lacks()
        {
            Gen<string> bodies = from count in Gen.Choose(1, 5) from pieces in Gen.Elements(Pieces).ArrayOf(count) select string.Concat(pieces);
            Gen<AdministrativeLevel[]> levels = from flags in Gen.Elements(true, false).ArrayOf(AllLevels.Length)
                                                 select AllLevels.Where((_, i) => flags[i]).ToArray();
            return Prop.ForAll(bodies.ToArbitrary(), levels.Where(l => l.Length > 0).ToArbitrary(), (body, had) =>
            {
                int expected = LevelsMatchBodyRule.LevelsNamedBy(body).Count(level => !had.Contains(level));
                return Of(Entry() with { ResponsibleBody = body, Levels = had }, "GD-CAT-004").Count == expected;
            });
        }

        /// <summary>The rule tells whether an entry's levels hold a level by the level's equality operator: as the default comparer (what <c>Contains</c> asks) tells it.</summary>
        [Property(MaxTest = 500)]
        public Property Levels_hold_a_level_as_Contains_tells_it()
        {
            Gen<AdministrativeLevel> level = Gen.Elements(AdministrativeLevel.Declared.ToArray());
            Gen<AdministrativeLevel[]> levels = Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(level, n));
            return Prop.ForAll(levels.ToArbitrary(), level.ToArbitrary(), (held, sought) =>
                LevelsMatchBodyRule.Has(held, sought) == held.Contains(sought)
                && LevelsMatchBodyRule.Has(held, sought) == held.Any(l => EqualityComparer<AdministrativeLevel>.Default.Equals(l, sought)));
        }
    }
}
