using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Validation.Rules;
using Xunit;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// A phone number written in digits and hyphens alone is told plausible by hand as the regular expressions tell it, and a
    /// phone text told plausible that way has no implausible part.
    /// </summary>
    public sealed class PlainPhoneNumberTests
    {
        /// <summary>Digits and hyphens, with the leading digits phone numbers have (0, 1, 12, 4, 8, 86), 1 to 20 long.</summary>
        private static readonly Gen<string> Plain = Gen.Choose(1, 20)
            .SelectMany(length => Gen.ArrayOf(Gen.Frequency((10, Gen.Elements("0123456789".ToCharArray())), (2, Gen.Constant('-'))), length))
            .SelectMany(chars => Gen.Elements("", "0", "01", "1", "12", "13", "4", "400", "8", "800", "86", "861", "0571-", "023", "-").Select(head => head + new string(chars)));

        /// <summary>Phone texts: plain numbers and pieces that are not plain, separated as fields write them.</summary>
        private static readonly Gen<string> Texts = Gen.Choose(1, 4)
            .SelectMany(count => Gen.ArrayOf(
                Gen.Frequency(
                    (6, Plain),
                    (1, Gen.Elements("咨询电话：0571-12345678", "(0831)1234567", "0571-12345678转123", " 12345", "１２３４５", "0571 12345678", "12345（工作日）", "")),
                    (1, Gen.Elements("、", "，", ",", ";", "；", "/", "或"))),
                count))
            .Select(pieces => string.Concat(pieces));

        [Property(MaxTest = 3000)]
        public Property A_plain_number_is_plausible_by_hand_as_by_the_patterns() =>
            Prop.ForAll(Plain.ToArbitrary(), piece => PhoneNumbers.IsPlainPlausible(piece.AsSpan()) == PhoneNumbers.IsPlausiblePiece(piece));

        [Property(MaxTest = 3000)]
        public Property A_text_told_plausible_by_hand_has_no_implausible_part() =>
            Prop.ForAll(Texts.ToArbitrary(), text => !PhoneNumbers.AreAllPlainAndPlausible(text) || PhoneNumbers.Implausible(text).Count == 0);

        [Theory]
        [InlineData("0571-12345678")]
        [InlineData("057112345678")]
        [InlineData("0571-1234567-123")]
        [InlineData("13912345678")]
        [InlineData("8613912345678")]
        [InlineData("139-1234-5678")]
        [InlineData("12345")]
        [InlineData("4001234567")]
        [InlineData("800-123-4567")]
        [InlineData("0571-12345678、12345")]
        public void Plausible_plain_numbers_are_told_by_hand(string phone)
        {
            Assert.True(PhoneNumbers.AreAllPlainAndPlausible(phone));
            Assert.Empty(PhoneNumbers.Implausible(phone));
        }

        [Theory]
        [InlineData("0571-0234567")]
        [InlineData("1234")]
        [InlineData("12345678901234")]
        [InlineData("0571-12345678-1234567")]
        [InlineData("咨询电话：0571-12345678")]
        public void Other_numbers_are_left_to_the_patterns(string phone) =>
            Assert.False(PhoneNumbers.AreAllPlainAndPlausible(phone));
    }
}
