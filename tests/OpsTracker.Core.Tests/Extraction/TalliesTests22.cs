using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// The tally reader (helper tallies22, session 22; every sentence here is INVENTED). A statement's arrest count that
/// mixes criminals with ISIS members, or that a sentence about crime gives with no word of terror, is no tally of
/// ISIS's; the count of a terror charge beside it stays one. ISIS's dead by the hundred in a report that a phase or a
/// battle has ended are its toll, a tally, unless the ending is only a time ("بعد انتهاء"، "فور انتهاء").
/// </summary>
public class TalliesTests22
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static readonly DateOnly Published = new(2024, 5, 7);

    [Theory]
    [InlineData("أعلنت وزارة الداخلية توقيف قرابة 900 شخص تلاحقهم تهم إرهابية وجنائية وتزوير خلال عام 2023.")]
    [InlineData("وكشف جهاز الأمن الوطني عن القبض على 260 إرهابيا ومتورطا بتجارة المخدرات والابتزاز خلال شهر نيسان 2024.")]
    public void A_count_charged_with_terror_and_crime_together_is_no_tally(string text)
    {
        var result = Extractor.Extract(text, Published);
        Assert.DoesNotContain(result.Tallies, t => t.Arrested is not null);
        Assert.Equal(0, OperationCounts.Count(result, CasualtySide.Isis, CasualtyCategory.Arrested));
    }

    [Theory]
    [InlineData("أعلنت مديرية شرطة المحافظة أن حملتها على الجريمة المنظمة أسفرت منذ مطلع العام الحالي عن توقيف 640 متهما.")]
    [InlineData("وأوضحت قيادة الشرطة أن خطتها لمكافحة السطو والخطف أسفرت خلال عام 2023 عن اعتقال أكثر من ألفي مطلوب.")]
    public void A_count_in_a_sentence_about_crime_with_no_terror_is_no_tally(string text)
    {
        var result = Extractor.Extract(text, Published);
        Assert.DoesNotContain(result.Tallies, t => t.Arrested is not null);
        Assert.Equal(0, OperationCounts.Count(result, CasualtySide.Isis, CasualtyCategory.Arrested));
    }

    [Theory]
    [InlineData("وأعلن جهاز الأمن الوطني أن حصيلة عملياته خلال عام 2023 شملت توقيف 31 مطلوبا بتهم الإرهاب فضلا عن 70 مروجا للمخدرات.", 31)]
    [InlineData("أعلنت وزارة الداخلية أنها ضبطت خلال عام 2023 نحو 48 إرهابيا، في حين تراجعت جرائم السرقة في العاصمة.", 48)]
    public void The_terror_count_of_a_statement_about_crime_stays_a_tally(string text, int arrested)
    {
        var result = Extractor.Extract(text, Published);
        var tally = Assert.Single(result.Tallies, t => t.Arrested is not null);
        Assert.Equal(arrested, tally.Arrested);
    }

    [Theory]
    [InlineData("أعلنت قيادة العمليات المشتركة انتهاء المرحلة الثانية من عمليات تحرير القرى الغربية. وقال قائد الفرقة المدرعة إن قطعاته حررت 12 قرية وقتلت 140 إرهابيا.", 140)]
    [InlineData("وانتهت معركة الجسر بانسحاب المسلحين. وأوضح قائد عمليات المحافظة أن قطعات الجيش قتلت 230 داعشيا وأحرقت عشرات العجلات.", 230)]
    public void The_dead_by_the_hundred_of_an_ended_phase_or_battle_are_its_tally(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(killed, tally.Killed);
        Assert.Equal(0, OperationCounts.Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("قال قائد عمليات المحافظة إن العائلات ستعود فور انتهاء العملية العسكرية. وأضاف أن القوات قتلت 120 إرهابيا في القرية.", 120)]
    [InlineData("وأكد قائد الشرطة أن القوات بدأت بعد انتهاء المرحلة الأولى تفتيش القرى. وقتلت قطعاته 150 إرهابيا في قرية الحمراء.", 150)]
    public void An_ending_told_only_as_a_time_makes_no_tally(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Empty(result.Tallies);
        Assert.Equal(killed, OperationCounts.Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }
}
