using System.Text.Json;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>An operation's air strikes point at the words they were read from, like its casualties and hideouts (#13).</summary>
public class StrikesEvidenceTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 6, 10);

    // Invented sentences, not taken from any report.
    private const string OneStrikeFigure =
        "أعلنت خلية الإعلام الأمني أن طيران الجيش نفذ ثلاث ضربات جوية على أوكار في وادي الشاي بمحافظة كركوك. وأسفرت عن مقتل أربعة إرهابيين.";

    [Fact]
    public void The_strikes_span_is_the_strike_figure_in_the_original_text()
    {
        var result = Extractor.Extract(OneStrikeFigure, Published);
        var op = Assert.Single(result.Operations, o => o.Strikes is not null);
        Assert.Equal(3, op.Strikes);
        var span = Assert.IsType<Evidence>(op.StrikesEvidence);
        Assert.Equal(OneStrikeFigure[span.Start..span.End], span.Text);
        Assert.Contains("ثلاث ضربات", span.Text, StringComparison.Ordinal);
        // The strike figure alone, not the operation's whole evidence.
        Assert.DoesNotContain("أربعة", span.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_operation_without_strikes_has_no_strikes_span()
    {
        var op = Assert.Single(Extractor.Extract("اعتقلت القوات الأمنية ثلاثة إرهابيين في قضاء الحويجة بمحافظة كركوك.", Published).Operations);
        Assert.Null(op.Strikes);
        Assert.Null(op.StrikesEvidence);
    }

    [Fact]
    public void The_json_contract_gains_strikesEvidence_and_keeps_every_other_field()
    {
        var result = Extractor.Extract(OneStrikeFigure, Published);
        using var doc = JsonDocument.Parse(ExtractionJson.Write(result));
        var ops = doc.RootElement.GetProperty("operations").EnumerateArray().ToList();
        var withStrikes = Assert.Single(ops, o => o.GetProperty("strikes").ValueKind == JsonValueKind.Number);
        var span = withStrikes.GetProperty("strikesEvidence");
        var start = span.GetProperty("start").GetInt32();
        var end = span.GetProperty("end").GetInt32();
        Assert.Equal(OneStrikeFigure[start..end], span.GetProperty("text").GetString());
        // Added last (then dateBasis, added after it): the contract's fields keep their order.
        var names = withStrikes.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["strikesEvidence", "dateBasis"], names[^2..]);
        Assert.Equal(["date", "datePrecision", "relativeDate", "province", "place", "kind", "actors", "killed", "arrested",
            "wounded", "hideoutsDestroyed", "strikes", "approximate", "casualties", "hideouts", "evidence", "rule", "confidence"], names[..^2]);

        var without = Extractor.Extract("اعتقلت القوات الأمنية ثلاثة إرهابيين في قضاء الحويجة بمحافظة كركوك.", Published);
        using var doc2 = JsonDocument.Parse(ExtractionJson.Write(without));
        Assert.Equal(JsonValueKind.Null, doc2.RootElement.GetProperty("operations")[0].GetProperty("strikesEvidence").ValueKind);
    }
}
