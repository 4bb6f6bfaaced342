using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Outlets write the same Arabic in different hands: Arabic-Indic or Persian digits, tatweel ("داعـش"), short vowels
/// ("قُتِلَ"), guillemets for quotes, a Latin comma, alef without hamza, a final ى for ي or ه for ة, the lam-alef
/// ligature, bidi marks and no-break spaces between words, CRLF line ends, paragraphs one line apart, lines broken at a
/// fixed width, a title printed twice, a breadcrumb. None of that
/// changes what a report says, so none may change what the extractor reads: each variant of every golden case report
/// (invented text, Cases and CasesWrittenApart) must give the same operations and tallies (figures, sides, dates,
/// provinces, kinds, tally periods and authorities; not evidence offsets, the place's or a relative date's spelling,
/// which follow the text). Session 12 measured the same variants over the 222 real tuning reports: every score was unchanged.
/// </summary>
public class ExtractorInvarianceTests
{
    private static readonly ArabicReportExtractor Extractor = new();

    /// <summary>Each way of writing, by name: a pure function of the text (seeded where it samples).</summary>
    private static readonly Dictionary<string, Func<string, string>> Hands = new()
    {
        ["arabic-indic digits"] = t => Digits(t, '٠'),
        ["persian digits"] = t => Digits(t, '۰'),
        ["tatweel"] = Tatweel,
        ["short vowels"] = ShortVowels,
        ["guillemets"] = t => t.Replace('"', '«').Replace('“', '«').Replace('”', '»'),
        ["latin comma"] = t => t.Replace('،', ','),
        ["alef without hamza"] = t => Regex.Replace(t, "[أإآ]", "ا"),
        ["final alef maqsura for ya"] = t => Regex.Replace(t, @"ي(?![\u0621-\u064A])", "ى"),
        ["final ha for ta marbuta"] = t => Regex.Replace(t, @"ة(?![\u0621-\u064A])", "ه"),
        ["lam-alef ligature"] = t => t.Replace("لا", "ﻻ"),
        ["bidi marks"] = t => Sampled(t, 3, 0.1, ' ', " \u200f"),
        ["no-break spaces"] = t => Sampled(t, 4, 0.2, ' ', "\u00a0"),
        ["crlf"] = t => t.Replace("\r\n", "\n").Replace("\n", "\r\n"),
        ["one line between paragraphs"] = t => Regex.Replace(t, @"\n\s*\n", "\n"),
        // Session 12, hands12: other hands of wording, not of typography.
        ["counts of three to ten in words"] = CountsInWords,
        ["no quotation marks"] = t => Regex.Replace(t, "[\"“”«»]", ""),
        // Session 33: a page copied from an e-mail, a PDF or a terminal, every paragraph broken at a fixed width.
        ["hard-wrapped at 72 columns"] = t => HardWrapped(t, 72),
        ["hard-wrapped at 45 columns"] = t => HardWrapped(t, 45),
        // A scraped page's title over the same headline, and the site's breadcrumb above both.
        ["the first line twice"] = t => Regex.Replace(t, @"^\s*([^\n]+)\n", "$1\n$1\n"),
        ["a breadcrumb above the page"] = t => "الرئيسية » أخبار » العراق\n" + t,
    };

    public static TheoryData<string> HandNames() => [.. Hands.Keys];

    [Theory]
    [MemberData(nameof(HandNames))]
    public void Every_golden_case_reads_the_same_in_another_hand(string hand)
    {
        var differing = new List<string>();
        foreach (var (file, published) in CaseReports())
        {
            var text = File.ReadAllText(file);
            var expected = Reading(Extractor.Extract(text, published));
            var actual = Reading(Extractor.Extract(Hands[hand](text), published));
            if (expected != actual)
            {
                differing.Add($"{Path.GetFileName(Path.GetDirectoryName(file))}/{Path.GetFileName(file)}:\n  plain: {expected}\n  {hand}: {actual}");
            }
        }
        Assert.True(differing.Count == 0, string.Join("\n", differing));
    }

    [Fact]
    public void The_hands_do_change_the_text()
    {
        // Long enough that every sampled hand (one word in seven, one space in ten) finds its place.
        var sample = string.Concat(Enumerable.Repeat("قُتل 5 إرهابيين، وأصيب آخرون في قرية \"الزلاية\" التابعة لناحية الإسحاقي في محافظة صلاح الدين.\n\nوأضاف أن القوة دمرت وكرا.\n", 6));
        foreach (var (name, hand) in Hands)
        {
            Assert.True(hand(sample) != sample, name);
        }
    }

    private static IEnumerable<(string File, DateOnly? Published)> CaseReports()
    {
        foreach (var set in (string[])["Cases", "CasesWrittenApart"])
        {
            foreach (var gold in GoldReport.LoadAll(RepoPaths.Output(set, "gold.json")))
            {
                yield return (RepoPaths.Output(set, gold.File), gold.Published);
            }
        }
    }

    /// <summary>What a report is read to say, as one line: everything but evidence, rule names, confidence and spelling.</summary>
    private static string Reading(ExtractionResult r)
    {
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"published {r.Published} {r.PublishedSource};");
        foreach (var o in r.Operations)
        {
            b.Append(CultureInfo.InvariantCulture, $" op {o.Date} {o.DatePrecision} {o.RelativeDate is not null} {o.Province} {o.Kind} strikes {o.Strikes} [");
            b.AppendJoin(',', o.Casualties.Select(c => $"{c.Side}/{c.Category}={c.Count}{(c.Approximate ? "~" : "")}"));
            b.Append("] [");
            b.AppendJoin(',', o.Hideouts.Select(h => $"{h.Kind}/{h.Outcome}={h.Count}"));
            b.Append("] [").AppendJoin(',', o.Actors).Append("];");
        }
        foreach (var t in r.Tallies)
        {
            b.Append(CultureInfo.InvariantCulture,
                $" tally {t.PeriodStart}..{t.PeriodEnd} {t.Scope} {string.Join('+', t.ScopeProvinces)} {t.ReportedBy} ops {t.Operations} killed {t.Killed} arrested {t.Arrested} hideouts {t.HideoutsDestroyed} attacks {t.IsisAttacks}{(t.Approximate ? "~" : "")};");
        }
        return b.ToString();
    }

    /// <summary>Each line broken before the word that would take it past <paramref name="width"/> characters, as an editor wraps.</summary>
    private static string HardWrapped(string text, int width) =>
        string.Join('\n', text.Split('\n').Select(line =>
        {
            var b = new StringBuilder();
            var lineLength = 0;
            foreach (var word in line.Split(' '))
            {
                if (lineLength > 0 && lineLength + 1 + word.Length > width)
                {
                    b.Append('\n');
                    lineLength = 0;
                }
                else if (lineLength > 0)
                {
                    b.Append(' ');
                    lineLength++;
                }
                b.Append(word);
                lineLength += word.Length;
            }
            return b.ToString();
        }));

    private static string Digits(string text, char zero) =>
        string.Concat(text.Select(c => c is >= '0' and <= '9' ? (char)(zero + (c - '0')) : c));

    /// <summary>A tatweel inside about one long word in seven, never after a letter that does not join the next.</summary>
    private static string Tatweel(string text)
    {
        var random = new Random(1);
        return Regex.Replace(text, @"[\u0621-\u064A]{4,}", m =>
        {
            var w = m.Value;
            var i = random.Next(1, w.Length - 1);
            return random.NextDouble() < 0.15 && !"اأإآدذرزوؤة".Contains(w[i - 1]) ? w[..i] + "ـ" + w[i..] : w;
        });
    }

    /// <summary>A short vowel, shadda, sukun or tanwin after about one letter in eight.</summary>
    private static string ShortVowels(string text)
    {
        var random = new Random(2);
        var b = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            b.Append(c);
            if (c is >= 'ب' and <= 'ي' && random.NextDouble() < 0.12)
            {
                b.Append("\u064E\u064F\u0650\u0651\u0652\u064B"[random.Next(6)]);
            }
        }
        return b.ToString();
    }

    private static string Sampled(string text, int seed, double share, char what, string with)
    {
        var random = new Random(seed);
        return string.Concat(text.Select(c => c == what && random.NextDouble() < share ? with : c.ToString()));
    }

    /// <summary>Plurals counted by a number of 3-10 whose singular is masculine (the number takes ة) or feminine (it does not).</summary>
    private static readonly string[] MasculineCounted = ["إرهابيين", "ارهابيين", "عناصر", "جنود", "مسلحين", "أوكار", "اوكار", "مدنيين", "منتسبين", "مقاتلين", "انتحاريين", "أشخاص", "اشخاص", "دواعش", "عسكريين", "أفراد", "متهمين", "مطلوبين", "ضباط", "مواطنين", "قياديين"];
    private static readonly string[] FeminineCounted = ["عبوات", "مضافات", "ضربات", "غارات", "جثث", "سيارات", "طلعات", "عمليات", "هجمات"];
    private static readonly string[] WithMasculine = ["ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"];
    private static readonly string[] WithFeminine = ["ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"];

    /// <summary>
    /// "5 إرهابيين" as "خمسة إرهابيين", "4 عبوات" as "أربع عبوات", "و3 من عناصر" as "وثلاثة من عناصر": a count of three to
    /// ten in digits before a plural noun the hand knows, in words of the gender Arabic gives it (the opposite of the
    /// noun's singular).
    /// </summary>
    private static string CountsInWords(string text) =>
        Regex.Replace(text, @"(?<=^|[\s(])(و?)([0-9]{1,2})(\s+(?:من\s+)?)((?:ال)?([\u0621-\u064A]+))(?![0-9/])", m =>
        {
            var n = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            var noun = m.Groups[5].Value.StartsWith("ال", StringComparison.Ordinal) ? m.Groups[5].Value[2..] : m.Groups[5].Value;
            if (n is < 3 or > 10)
            {
                return m.Value;
            }
            var words = MasculineCounted.Contains(noun) ? WithMasculine : FeminineCounted.Contains(noun) ? WithFeminine : null;
            return words is null ? m.Value : m.Groups[1].Value + words[n - 3] + m.Groups[3].Value + m.Groups[4].Value;
        });
}
