using System.Text.Json;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>Every operation, casualty, hideout and tally says how far it can be trusted, from how it was read.</summary>
public class ConfidenceTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 6, 10);

    [Fact]
    public void Every_record_carries_a_confidence_between_zero_and_one()
    {
        var result = Extractor.Extract(
            "قتل خمسة إرهابيين ودمرت ثلاثة أوكار في وادي الشاي بمحافظة كركوك. وأعلنت وزارة الداخلية اعتقال 80 إرهابيا خلال شهر أيار الماضي.",
            Published);
        Assert.NotEmpty(result.Operations);
        Assert.NotEmpty(result.Tallies);
        Assert.All(result.Operations, o => Assert.InRange(o.Confidence, 0.01, 1.0));
        Assert.All(result.Operations.SelectMany(o => o.Casualties), c => Assert.InRange(c.Confidence, 0.01, 1.0));
        Assert.All(result.Operations.SelectMany(o => o.Hideouts), h => Assert.InRange(h.Confidence, 0.01, 1.0));
        Assert.All(result.Tallies, t => Assert.InRange(t.Confidence, 0.01, 1.0));
    }

    [Fact]
    public void A_guessed_side_is_trusted_less_than_a_named_one()
    {
        var named = Assert.Single(Extractor.Extract("قتل خمسة إرهابيين في ضربة جوية على وادي الشاي بمحافظة كركوك.", Published).Operations);
        // An air strike's dead of no named side are counted by nobody (Passes.AttackAttribution): the side left unknown here
        // is that of a terrorist attack's dead, whose noun says neither forces nor civilians.
        var unknown = Assert.Single(Extractor.Extract("ارتفعت حصيلة ضحايا الهجوم الإرهابي على وادي الشاي بمحافظة كركوك إلى خمسة قتلى.", Published).Operations);
        Assert.True(named.Casualties.Single().Confidence > unknown.Casualties.Single().Confidence);
        Assert.True(named.Confidence > unknown.Confidence);
    }

    [Fact]
    public void An_operation_without_a_province_is_trusted_less()
    {
        var placed = Assert.Single(Extractor.Extract("اعتقلت القوات الأمنية ثلاثة إرهابيين في قضاء الحويجة بمحافظة كركوك.", Published).Operations);
        var unplaced = Assert.Single(Extractor.Extract("اعتقلت القوات الأمنية ثلاثة إرهابيين.", Published).Operations);
        Assert.True(placed.Confidence > unplaced.Confidence);
    }

    [Fact]
    public void The_json_contract_gains_a_confidence_on_each_record()
    {
        var result = Extractor.Extract("قتل خمسة إرهابيين في وادي الشاي بمحافظة كركوك.", Published);
        using var doc = JsonDocument.Parse(ExtractionJson.Write(result));
        var op = doc.RootElement.GetProperty("operations")[0];
        Assert.InRange(op.GetProperty("confidence").GetDouble(), 0.0, 1.0);
        Assert.InRange(op.GetProperty("casualties")[0].GetProperty("confidence").GetDouble(), 0.0, 1.0);
    }
}
