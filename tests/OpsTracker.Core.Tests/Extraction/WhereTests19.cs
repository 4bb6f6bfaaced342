using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Rules;
using OpsTracker.Core.Extraction.Text;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Where and when an operation happened, read from the structure of a report (helper where19, session 19; every
/// sentence here is INVENTED). A page hard-wrapped at a fixed width breaks its lines inside sentences; a line that
/// ends in a comma or in a word that cannot end a sentence ("في"، "على"، "التي"، "أن") goes on past its line break
/// (<see cref="WrappedLines"/>), so the place on the next line is the place of the figure before it. A province that
/// ends the title of an official who speaks ("قال قائد شرطة ديالى إن ..."، "عن نائب اللجنة الأمنية لمجلس محافظة
/// نينوى قوله إن ...") is his seat, and yields to a place his words name (<see cref="OfficeSeats"/>). A sentence after the lead that tells
/// a campaign's launch ("وأطلقت القطعات يوم الثلاثاء حملة ...") names the campaign's first day, not the day of the
/// lead's operation, which came during it.
/// </summary>
public class WhereTests19
{
    private static readonly ArabicReportExtractor Extractor = new();

    [Fact]
    public void A_line_ending_in_a_preposition_goes_on_with_its_place()
    {
        var op = Assert.Single(Extractor.Extract(
            "أعلن مصدر في الشرطة، اليوم، مقتل ثلاثة مدنيين بانفجار عبوة ناسفة في\nقضاء الحويجة جنوب غربي كركوك.",
            new DateOnly(2020, 5, 5)).Operations);
        Assert.Equal("IQ-KI", op.Province);
        Assert.Equal("الحويجة", op.Place);
        Assert.Equal(3, Count(op, CasualtySide.Civilian, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_count_wrapped_before_its_place_is_not_left_in_the_province_told_before()
    {
        var ops = Extractor.Extract(
            "وفي نينوى اعتقلت القوات إرهابيا.\nومن جهة أخرى، قتل أربعة جنود بهجوم مسلح على\nنقطة تفتيش في قضاء طوزخورماتو.",
            new DateOnly(2020, 5, 5)).Operations;
        Assert.Equal(2, ops.Count);
        var attack = Assert.Single(ops, o => o.Province == "IQ-SD");
        Assert.Equal(4, Count(attack, CasualtySide.Security, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_line_ending_in_a_comma_goes_on_with_its_clause()
    {
        var op = Assert.Single(Extractor.Extract(
            "قتل خمسة جنود بهجوم لداعش في الأنبار،\nوأصيب ستة آخرون بجروح.",
            new DateOnly(2020, 5, 5)).Operations);
        Assert.Equal(5, Count(op, CasualtySide.Security, CasualtyCategory.Killed));
        Assert.Equal(6, Count(op, CasualtySide.Security, CasualtyCategory.Wounded));
    }

    [Theory]
    [InlineData("داعش يهاجم قرية في ديالى\nقال مصدر أمني إن القوات صدت الهجوم.", 1)]
    [InlineData("قتل جنديان بهجوم على\n\nوقال مصدر أمني إن القوات صدت الهجوم.", 1)]
    [InlineData("وأسفرت العمليات عن\n- مقتل ثلاثة إرهابيين.", 1)]
    [InlineData("قتل جنديان بهجوم على\nنقطة تفتيش، وقال مصدر إن القوات صدت\nالهجوم في\nالقرية.", 1)]
    public void Only_a_break_after_a_word_that_cannot_end_a_sentence_with_text_on_the_next_line_is_dropped(string text, int breaks)
    {
        var normalized = ArabicNormalizer.Normalize(text);
        var tokens = WrappedLines.Join(Tokenizer.Tokenize(normalized.Text), normalized.Text, ExtractionLexicon.Default);
        // The line breaks left: the headline's, the paragraph's and the list's stay, and one after a verb ("صدت").
        Assert.Equal(breaks, tokens.Count(t => t.Text == "\n"));
        Assert.Equal(Enumerable.Range(0, tokens.Count), tokens.Select(t => t.Index));
    }

    [Theory]
    [InlineData("ونقلت مصادر محلية عن عضو لجنة الأمن في مجلس محافظة نينوى قوله إن \"ستة من عناصر داعش قتلوا بقصف مدفعي في قرية نائية بمحافظة كركوك\".", "IQ-KI")]
    [InlineData("وقال رئيس مجلس محافظة الأنبار إن \"ثلاثة جنود قتلوا بهجوم على سيطرة قرب بيجي في محافظة صلاح الدين\".", "IQ-SD")]
    [InlineData("وقال قائد شرطة ديالى إن خمسة إرهابيين اعتقلوا في حي بمدينة كركوك.", "IQ-KI")]
    [InlineData("أعلن محافظ الأنبار مقتل أربعة من عناصر داعش بضربة جوية قرب قضاء بيجي.", "IQ-SD")]
    [InlineData("وقال قائد شرطة ديالى إن خمسة إرهابيين اعتقلوا في قرية نائية.", "IQ-DI")]
    [InlineData("وذكر نائب لجنة الأمن بمجلس محافظة كركوك، العميد فلان، أن طائرات الجيش قتلت سبعة إرهابيين قرب قضاء الشرقاط.", "IQ-SD")]
    public void The_province_of_a_speaking_officials_title_yields_to_a_place_his_words_name(string text, string province)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2020, 5, 5)).Operations);
        Assert.Equal(province, op.Province);
    }

    [Theory]
    [InlineData("أعلنت قيادة العمليات المشتركة، اليوم السبت، أن قوة أمنية دمرت خمسة أوكار لداعش في صحراء الحضر جنوبي الموصل.\nوأطلقت القطعات العسكرية يوم الثلاثاء الماضي حملة تفتيش واسعة في صحراء نينوى.")]
    [InlineData("قال مصدر أمني، اليوم، إن القوات اعتقلت أربعة إرهابيين في قضاء الحويجة.\nوبدأت القوات الأمنية فجر الأحد حملة لملاحقة بقايا داعش في المنطقة.")]
    public void The_day_a_campaign_was_launched_is_not_the_day_of_the_leads_operation(string text)
    {
        var published = new DateOnly(2021, 3, 13);
        var op = Assert.Single(Extractor.Extract(text, published).Operations, o => o.Casualties.Count > 0 || o.HideoutsDestroyed > 0);
        Assert.Equal(published, op.Date);
    }

    [Fact]
    public void The_day_a_later_sentence_gives_the_operation_itself_still_dates_it()
    {
        var op = Assert.Single(Extractor.Extract(
            "قال مصدر أمني، اليوم، إن القوات اعتقلت أربعة إرهابيين في قضاء الحويجة.\nوجرت العملية فجر الأحد بعد معلومات استخبارية دقيقة.",
            new DateOnly(2021, 3, 13)).Operations);
        Assert.Equal(new DateOnly(2021, 3, 7), op.Date);
    }
}
