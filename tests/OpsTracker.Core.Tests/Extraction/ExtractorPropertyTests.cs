using System.Globalization;
using System.Text;
using CsCheck;
using OpsTracker.Core.Extraction;
using Xunit.Abstractions;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Robustness of the extractor: whatever the input (random text, Arabic-looking noise, damaged seed and case reports), it
/// returns without throwing and in bounded time, and its output is well-formed; and its cost grows linearly with the size
/// of the text. No absolute timing is asserted: the machine is small and shared.
/// </summary>
public class ExtractorPropertyTests(ITestOutputHelper output)
{
    /// <summary>One extraction of a few KB must not take longer than this (a hang or a catastrophic backtrack, not speed).</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(20);

    private const string ArabicLetters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى";
    private const string AllDigits = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹";
    private const string Diacritics = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640\u0670";
    private const string Punctuation = " ،.؛:/-()«»\"'\n\t%٪";

    /// <summary>Words and fragments the rules look for, so that random text often comes near a rule.</summary>
    private static readonly string[] Tokens =
    [
        "مقتل", "قتل", "اعتقال", "القبض", "على", "إرهابيين", "إرهابي", "إرهابيا", "عناصر", "عنصرين", "داعش", "اثنين", "أحد", "عشر",
        "ثلاثة", "خمس", "عشرة", "سبعة", "مضافة", "مضافات", "مضافتين", "وكر", "أوكار", "وكرين", "نفق", "كهف", "مخبأ", "تدمير",
        "نحو", "أكثر", "من", "قرابة", "ما", "يقرب", "في", "محافظة", "كركوك", "الحويجة", "حمرين", "ديالى", "الأنبار", "نينوى",
        "صلاح", "الدين", "بغداد", "الطارمية", "كانون", "الثاني", "الأول", "تشرين", "شباط", "آذار", "مارس", "/", "أمس", "اليوم",
        "الماضي", "الأحد", "الخميس", "ليل", "الساعة", "عام", "2014", "2024", "12/4/2021", "٣", "١٤", "۱۲", "والي", "مساعديه",
        "ضربة", "جوية", "ضربات", "حصيلة", "عملية", "منذ", "بداية", "العام", "الجاري", "المادة", "4", "اللواء", "59", "مليون",
        "دولار", "ألف", "مقاتل", "استشهاد", "إصابة", "جنديين", "الحشد", "البيشمركة", "مدنيين", "و", "،", ".", "\n",
    ];

    private static readonly Lazy<string[]> Samples = new(() =>
        Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .Concat(Directory.GetFiles(RepoPaths.Output("Cases"), "c*.txt").Order(StringComparer.Ordinal))
            .Select(f => File.ReadAllText(f, Encoding.UTF8))
            .ToArray());

    private static readonly Lazy<string[]> SeedTexts = new(() =>
        Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => File.ReadAllText(f, Encoding.UTF8)).ToArray());

    private static Gen<string> StringOf(Gen<char> chars, int maxLength) =>
        Gen.Int[0, maxLength].SelectMany(n => chars.Array[n]).Select(a => new string(a));

    [Fact]
    public void Random_strings_never_throw_and_finish()
    {
        Gen.String.Sample(ExtractsCleanly, iter: 300, threads: 1);
        StringOf(Gen.Char, 4000).Sample(ExtractsCleanly, iter: 200, threads: 1);
    }

    [Fact]
    public void Random_arabic_letters_and_digits_never_throw_and_finish()
    {
        var chars = Gen.Frequency(
            (12, Gen.Char[ArabicLetters]),
            (4, Gen.Char[AllDigits]),
            (3, Gen.Char[Punctuation]),
            (1, Gen.Char[Diacritics]));
        StringOf(chars, 4000).Sample(ExtractsCleanly, iter: 300, threads: 1);

        var words = Gen.Int[0, 600].SelectMany(n => Gen.OneOf(Tokens).Array[n])
            .Select(ws => string.Join(' ', ws));
        words.Sample(ExtractsCleanly, iter: 300, threads: 1);
    }

    /// <summary>One damage to a text: kind, two positions and a length as fractions of the current text, and an insert.</summary>
    private readonly record struct Mutation(int Kind, double A, double B, double C, string Insert);

    private static readonly Gen<Mutation> Mutations =
        Gen.Select(Gen.Int[0, 5], Gen.Double[0, 1], Gen.Double[0, 1], Gen.Double[0, 0.3],
            Gen.OneOf(StringOf(Gen.Char[AllDigits], 12), StringOf(Gen.Char[Diacritics], 8), StringOf(Gen.Char[AllDigits + " /-،"], 10)),
            (kind, a, b, c, insert) => new Mutation(kind, a, b, c, insert));

    private static string Apply(string text, IEnumerable<Mutation> mutations)
    {
        var s = text;
        foreach (var m in mutations)
        {
            var n = s.Length;
            var start = (int)(m.A * n);
            var length = Math.Min(n - start, (int)(m.C * n));
            var at = (int)(m.B * n);
            switch (m.Kind)
            {
                case 0: // delete a slice
                    s = s.Remove(start, length);
                    break;
                case 1: // duplicate a slice somewhere
                    s = s.Insert(Math.Min(at, n), s.Substring(start, length));
                    break;
                case 2: // move a slice (shuffle)
                    var slice = s.Substring(start, length);
                    s = s.Remove(start, length);
                    s = s.Insert(Math.Min(at, s.Length), slice);
                    break;
                case 3: // insert digits or diacritics
                case 4:
                    s = s.Insert(Math.Min(at, n), m.Insert);
                    break;
                default: // diacritics after every letter of a slice
                    var sb = new StringBuilder(s.Length + length);
                    for (var i = 0; i < s.Length; i++)
                    {
                        sb.Append(s[i]);
                        if (i >= start && i < start + length && char.IsLetter(s[i]))
                        {
                            sb.Append(Diacritics[i % Diacritics.Length]);
                        }
                    }
                    s = sb.ToString();
                    break;
            }
        }
        return s;
    }

    [Fact]
    public void Mutated_seed_and_case_reports_never_throw_and_finish()
    {
        var samples = Samples.Value;
        Gen.Select(Gen.Int[0, samples.Length - 1], Mutations.Array[1, 8])
            .Select((i, ms) => Apply(samples[i], ms))
            .Sample(ExtractsCleanly, iter: 300, threads: 1);
    }

    [Fact]
    public void The_unmutated_seeds_and_cases_extract_cleanly_with_and_without_a_publication_date()
    {
        foreach (var text in Samples.Value)
        {
            ExtractsCleanly(text);
            CheckWellFormed(text, new ArabicReportExtractor().Extract(text, new DateOnly(2024, 2, 29)));
        }
    }

    private static void ExtractsCleanly(string text)
    {
        var task = Task.Run(() => new ArabicReportExtractor().Extract(text, null));
        if (!task.Wait(Hang))
        {
            throw new TimeoutException($"extraction of {text.Length} characters did not finish in {Hang.TotalSeconds:0} s");
        }
        CheckWellFormed(text, task.Result);
    }

    /// <summary>What any output must satisfy: evidence spans inside the text and matching it, counts not negative.</summary>
    private static void CheckWellFormed(string text, ExtractionResult r)
    {
        Assert.NotNull(r);
        foreach (var op in r.Operations)
        {
            CheckEvidence(text, op.Evidence);
            foreach (var c in op.Casualties)
            {
                Assert.True(c.Count >= 0, $"negative count {c.Count}");
                CheckEvidence(text, c.Evidence);
            }
            foreach (var h in op.Hideouts)
            {
                Assert.True(h.Count >= 0, $"negative hideout count {h.Count}");
                CheckEvidence(text, h.Evidence);
            }
            Assert.True(op.Strikes is null or >= 0, $"negative strikes {op.Strikes}");
            // Strikes carry their span exactly when there are strikes.
            Assert.Equal(op.Strikes is not null, op.StrikesEvidence is not null);
            if (op.StrikesEvidence is { } strikes)
            {
                CheckEvidence(text, strikes);
            }
            Assert.True(op.Province is null || op.Province.StartsWith("IQ-", StringComparison.Ordinal), $"province {op.Province}");
        }
        foreach (var t in r.Tallies)
        {
            CheckEvidence(text, t.Evidence);
            foreach (var (field, v) in GoldScorer.FiguresOf(t))
            {
                Assert.True(v >= 0, $"negative tally {field} {v}");
            }
        }
        // The JSON writer must accept whatever the extractor produced.
        Assert.False(string.IsNullOrEmpty(ExtractionJson.Write(r)));
    }

    private static void CheckEvidence(string text, Evidence e)
    {
        Assert.True(e.Start >= 0 && e.End >= e.Start && e.End <= text.Length, $"evidence span {e.Start}..{e.End} outside a text of {text.Length}");
        Assert.Equal(text[e.Start..e.End], e.Text);
    }

    // ---- linearity ------------------------------------------------------------------------------------------------

    private const int SmallKb = 16;
    private const int Factor = 8;
    /// <summary>8x the text may cost at most 20x the time: generous for a shared 2-core machine, far below quadratic (64x).</summary>
    private const double MaxRatio = 20.0;

    /// <summary>The seeds, one after the other, repeated until the text holds <paramref name="kb"/> KB (UTF-16 characters / 1024).</summary>
    internal static string TextOfKb(int kb)
    {
        var seeds = SeedTexts.Value;
        var sb = new StringBuilder(kb * 1024 + 8192);
        for (var i = 0; sb.Length < kb * 1024; i++)
        {
            sb.Append(seeds[i % seeds.Length]).Append("\n\n");
        }
        return sb.ToString(0, kb * 1024);
    }

    /// <summary>
    /// Time of one extraction of each text, each the fastest of five batches long enough to be measured. The batches
    /// alternate between the two texts, so a burst of other work on a shared machine falls on both alike, and the
    /// fastest batch is taken because other work only ever adds time. With <paramref name="processorTime"/>, the
    /// time is the processor time this process spent (the extraction and its garbage collection, not the time other
    /// processes held the cores); it is counted in 10 ms ticks on Linux, so its batches last at least 250 ms.
    /// </summary>
    internal static (double Small, double Large) SecondsPerExtraction(string small, string large, bool processorTime = false)
    {
        var extractor = new ArabicReportExtractor();
        return Growth.SecondsPerRun(() => extractor.Extract(small, null), () => extractor.Extract(large, null), processorTime);
    }

    [Fact]
    public void Extraction_time_grows_linearly_with_the_text()
    {
        var small = TextOfKb(SmallKb);
        var large = TextOfKb(SmallKb * Factor);
        var extractor = new ArabicReportExtractor();
        for (var i = 0; i < 3; i++) // warm-up: JIT, tiering, caches
        {
            extractor.Extract(small, null);
            extractor.Extract(large, null);
        }

        double ratio = 0;
        for (var attempt = 1; attempt <= 2; attempt++) // retry once: the machine is shared
        {
            var (ts, tl) = SecondsPerExtraction(small, large);
            ratio = tl / Math.Max(ts, 1e-9);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"attempt {attempt}: {SmallKb} KB {ts * 1e3:0.000} ms, {SmallKb * Factor} KB {tl * 1e3:0.000} ms, ratio {ratio:0.0} (limit {MaxRatio})"));
            if (ratio <= MaxRatio)
            {
                return;
            }
        }
        Assert.Fail(string.Create(CultureInfo.InvariantCulture,
            $"extracting {Factor}x the text took {ratio:0.0}x the time (limit {MaxRatio}x): the extractor is not linear"));
    }
}
