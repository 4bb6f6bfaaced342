using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Some outlets run a whole report into one sentence, joining each statement to the last with a comma ("... في
/// كركوك، وأضاف أن ..."). A comma before a reporting verb joined by و (lexicon statementOpeners) ends the sentence as
/// a full stop would, so such a report reads as the one that stops. Rewriting the 222 real tuning reports this way
/// (every ". و" a "، و") had cut operation figures F1 from 0.91 to 0.83; with the openers it reads 0.87. The other way
/// round, a tally's list cut by full stops ("قتلت القوات 51 إرهابيا. وتدمير 81 وكرا.") goes on in the sentence that
/// opens with a verbal noun joined by و (lexicon listContinuationNouns), or with a trigger whose count follows at once.
/// Invented text.
/// </summary>
public class StatementSentenceTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 5, 8);

    private static OpsTracker.Core.Extraction.Rules.ReportText Report(string text)
    {
        var normalized = ArabicNormalizer.Normalize(text);
        return new OpsTracker.Core.Extraction.Rules.ReportText(normalized, Tokenizer.Tokenize(normalized.Text), ExtractionLexicon.Default);
    }

    [Theory]
    [InlineData("قتلت القوات ثلاثة إرهابيين في قضاء الحويجة، وأضاف المصدر أن القوة دمرت مضافة.", 2)]
    [InlineData("قتلت القوات ثلاثة إرهابيين في قضاء الحويجة، وقالت الخلية إن القوة دمرت مضافة.", 2)]
    [InlineData("قتلت القوات ثلاثة إرهابيين في قضاء الحويجة. وأضاف المصدر أن القوة دمرت مضافة.", 2)]
    [InlineData("قتلت القوات ثلاثة إرهابيين في قضاء الحويجة، من جانبه قال المصدر إن القوة دمرت مضافة.", 2)]
    [InlineData("قتلت القوات ثلاثة إرهابيين في قضاء الحويجة، وفي سياق متصل دمرت قوة أخرى مضافة.", 2)]
    // "وأضافت القوات" is no statement's opening without the comma; "ودمرت" is no reporting verb.
    [InlineData("قتلت القوات ثلاثة إرهابيين في قضاء الحويجة وأضاف المصدر أن القوة دمرت مضافة.", 1)]
    [InlineData("قتلت القوات ثلاثة إرهابيين في قضاء الحويجة، ودمرت مضافة.", 1)]
    public void A_comma_before_a_reporting_verb_ends_the_sentence(string text, int sentences)
    {
        Assert.Equal(sentences, Report(text).Sentences.Count);
    }

    [Fact]
    public void A_report_run_into_one_sentence_reads_as_the_one_that_stops()
    {
        const string stops = "أعلنت خلية الإعلام الأمني، اليوم الأربعاء، مقتل ثلاثة إرهابيين بضربة جوية في وادي الشاي. "
            + "وأضافت الخلية أن قوة من الجيش اعتقلت إرهابيين اثنين في قضاء الدبس. "
            + "وأشارت إلى أن حصيلة عمليات الشهر الماضي بلغت 40 إرهابيا.";
        var runOn = stops.Replace(". و", "، و", StringComparison.Ordinal);

        Assert.Equal(Reading(Extractor.Extract(stops, Published)), Reading(Extractor.Extract(runOn, Published)));
    }

    private static string Reading(ExtractionResult r) =>
        string.Join("; ", r.Operations.Select(o => $"{o.Date} {o.Province} {o.Kind} k{o.Killed} a{o.Arrested}"))
        + " | " + string.Join("; ", r.Tallies.Select(t => $"{t.PeriodStart}..{t.PeriodEnd} k{t.Killed}"));

    [Theory]
    [InlineData("أعلنت قيادة العمليات المشتركة حصيلة عملياتها خلال عام 2023، وقالت إن القوات قتلت 51 إرهابيا، وتدمير 81 وكرا، واعتقال 140 متهما.")]
    [InlineData("أعلنت قيادة العمليات المشتركة حصيلة عملياتها خلال عام 2023، وقالت إن القوات اعتقلت 140 متهما. وتدمير 81 وكرا. وقتل 51 إرهابيا.")]
    public void A_tallys_list_cut_by_full_stops_goes_on_counting_the_tally(string text)
    {
        var result = Extractor.Extract(text, new DateOnly(2024, 1, 2));

        var tally = Assert.Single(result.Tallies);
        Assert.Equal((51, 140, 81), (tally.Killed, tally.Arrested, tally.HideoutsDestroyed));
        Assert.Empty(result.Operations);
    }
}
