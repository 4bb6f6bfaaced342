using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Rules;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// <see cref="ReportText.ClausesOf"/> splits a whole sentence once per report and answers again from what it kept; a
/// part of a sentence (a clause, with the sentence's index) is split afresh, never answered with the whole sentence's
/// clauses.
/// </summary>
public class ReportTextClausesTests
{
    // Invented: two clauses joined by "بينما", then a sentence of one clause.
    private const string Text = "قتلت القوات الامنية ثلاثة ارهابيين في قضاء الحويجة بينما اعتقلت قوة اخرى خمسة مطلوبين في قضاء الدبس.\n"
        + "ودمرت القوات مضافتين في وادي زغيتون.";

    private static ReportText Report()
    {
        var normalized = ArabicNormalizer.Normalize(Text);
        return new ReportText(normalized, Tokenizer.Tokenize(normalized.Text), ExtractionLexicon.Default);
    }

    [Fact]
    public void A_whole_sentence_is_split_as_Clauses_splits_it_and_once()
    {
        var report = Report();
        foreach (var sentence in report.Sentences)
        {
            var clauses = report.ClausesOf(sentence);
            Assert.Equal(sentence.Clauses(report.Tokens, ExtractionLexicon.Default).ToList(), clauses);
            Assert.Same(clauses, report.ClausesOf(sentence));
        }
        Assert.Equal(2, report.ClausesOf(report.Sentences[0]).Count);
    }

    [Fact]
    public void A_part_of_a_sentence_is_split_on_its_own()
    {
        var report = Report();
        var whole = report.ClausesOf(report.Sentences[0]);
        var second = whole[1];
        Assert.Equal([second], report.ClausesOf(second));
    }

    [Fact]
    public void Placeless_operations_of_one_sentence_inherit_the_same_province()
    {
        var ops = new OpsTracker.Core.Extraction.ArabicReportExtractor().Extract(
            "نفذت القوات الامنية عملية في قضاء الحويجة بمحافظة كركوك.\nوقتلت القوات ثلاثة ارهابيين واعتقلت اثنين اخرين بينما دمرت قوة اخرى وكرين.",
            new DateOnly(2024, 5, 8)).Operations;
        Assert.NotEmpty(ops);
        Assert.All(ops, o => Assert.Equal("IQ-KI", o.Province));
    }
}
