using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Arrests (helper arrests29, session 29; every sentence here is INVENTED). An arrest told as what describes its
/// people, a relative clause on them ("عنصرا التنظيم اللذان تم القبض عليهما") or a definite passive participle before
/// the arrest's preposition ("الإرهابي الملقى القبض عليه") or right after them ("أحد الإرهابيين المقبوض عليهم"), picks out people the report already told as arrested: no
/// new arrest (<c>Passes.DescribedArrestRemoval</c>, lexicon <c>arrestedParticiples</c>, <c>relativePronouns</c>).
/// A postposed "أيضا" closes the phrase right before it: inside a relative clause on the man ("الذي عمل أيضا في ...")
/// or after a partner's phrase ("بالتعاون مع ... أيضا", lexicon <c>partnerWords</c>) it adds no event, and an arrest
/// told again so is one (<c>Passes.RepetitionRemoval.AddedAlso</c>). The object of an arrest tied to ISIS by a
/// singular verb or participle of belonging or financing ("امرأة تمول تنظيم داعش"، "إرهابية تنتمي لتنظيم داعش", lexicon
/// <c>isisTies</c>) is one ISIS person (<c>FigureFinder.ReadOneTiedToIsis</c>); the dots of a name's initials end no
/// sentence (<c>Tokenizer</c>); a sentence opened on an earlier time ("وفي وقت سابق") steps to another event
/// (<c>Rules.AnotherTimeOpeners</c>, lexicon <c>earlierUnspecified</c>).
/// </summary>
public class ArrestsTests29
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 5, 9);

    [Fact]
    public void Arrested_men_picked_out_by_a_relative_clause_are_the_men_told_before()
    {
        const string text = "اعتقلت قوة من الشرطة إرهابيين اثنين في قضاء الحويجة بمحافظة كركوك.\n"
            + "وأوضح المصدر أن عنصري التنظيم اللذين جرى القبض عليهما شاركا في هجمات على القرى في نينوى قبل سنوات.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.Single(ops, o => o.Arrested is not null);
        Assert.Contains(ops, o => o.Arrested == 2 && o.Province == "IQ-KI");
    }

    [Fact]
    public void A_man_described_by_the_participle_of_his_arrest_is_the_man_told_before()
    {
        const string text = "أعلنت الشرطة اعتقال قيادي بارز في داعش داخل قضاء الفلوجة.\n"
            + "وأضافت أن العملية جاءت بعد متابعة دقيقة.\n"
            + "ويعد الإرهابي الملقى القبض عليه، من قادة التنظيم السابقين في محافظة صلاح الدين.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.Single(ops, o => o.Arrested is not null);
        Assert.Contains(ops, o => o.Arrested == 1 && o.Province == "IQ-AN");
    }

    [Fact]
    public void One_of_the_men_called_arrested_by_a_participle_is_no_new_arrest()
    {
        // "المقبوض عليهم" right after the people is their adjective: one of those already taken, not another man.
        const string text = "اعتقلت قوة من الشرطة خمسة إرهابيين في قضاء هيت بمحافظة الأنبار.\n"
            + "وضبطت مفرزة أخرى بدلالة أحد الإرهابيين المقبوض عليهم، أسلحة متنوعة في قضاء الطارمية.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.Single(ops, o => o.Arrested is not null);
        Assert.Contains(ops, o => o.Arrested == 5 && o.Province == "IQ-AN");
    }

    [Fact]
    public void A_first_telling_in_a_relative_clause_stands()
    {
        // What it must not take: no arrest was told before, so the clause tells this one.
        const string text = "أفاد مصدر أمني بأن الإرهابي الذي تم القبض عليه أمس في قضاء تلعفر اعترف بانتمائه لتنظيم داعش.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.Contains(ops, o => o.Arrested == 1);
    }

    [Fact]
    public void A_relative_clause_on_an_operation_tells_a_new_man()
    {
        // What it must not take: the clause describes the operation; the man after the arrest word is a new one.
        const string text = "نفذ جهاز مكافحة الإرهاب عمليتين، الأولى في قضاء هيت بمحافظة الأنبار أسفرت عن القبض على ثلاثة إرهابيين.\n"
            + "وجرت العملية الأخرى في محافظة كركوك والتي أطيح فيها بعنصر من داعش.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.Contains(ops, o => o.Arrested == 3);
        Assert.Contains(ops, o => o.Arrested == 1 && o.Province == "IQ-KI");
    }

    [Fact]
    public void An_also_inside_a_relative_clause_on_the_man_adds_no_arrest()
    {
        // "أيضا" closes the relative clause on the man (what else he did), not the telling of his arrest.
        const string text = "ألقت شرطة نينوى القبض على قيادي في داعش بقضاء تلعفر، شغل منصب مسؤول التجنيد لدى التنظيم سابقا.\n"
            + "وتمكنت الشرطة من إلقاء القبض على \"مسؤول التجنيد\"، الذي عمل أيضا في ديوان الحسبة بالمدينة.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.Single(ops, o => o.Arrested is not null);
    }

    [Fact]
    public void An_also_closing_a_partner_phrase_adds_no_arrest()
    {
        // "بالتعاون مع ... أيضا": the partner took part too; the lead tells the headline's arrest again.
        const string text = "الاستخبارات تعتقل ثلاثة إرهابيين في كركوك\n\n"
            + "أعلنت قيادة الشرطة، اليوم الأحد، اعتقال ثلاثة إرهابيين في قضاء الحويجة بمحافظة كركوك بالتعاون مع مديرية الاستخبارات التابعة للشرطة أيضا.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.Single(ops, o => o.Arrested == 3);
    }

    [Fact]
    public void An_also_closing_the_arrest_clause_adds_one()
    {
        // What it must not take: "أيضا" right after the arrest's own words tells one more arrest like the first.
        const string text = "أعلنت قيادة الشرطة، اليوم الأحد، اعتقال ثلاثة إرهابيين في قضاء الحويجة بمحافظة كركوك.\n"
            + "وألقت الشرطة القبض على ثلاثة مطلوبين في ناحية الرياض بمحافظة كركوك أيضا.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.Equal(2, ops.Count(o => o.Arrested == 3));
    }

    [Fact]
    public void One_person_tied_to_isis_by_a_singular_verb_is_one_arrest()
    {
        // "امرأة تمول": a noun of no side of ours, and a singular verb after it that ties her to ISIS.
        const string text = "وفي قضاء سنجار، اعتقلت الشرطة امرأة تمول تنظيم داعش بالأموال والمؤن.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.Contains(ops, o => o.Arrested == 1 && o.Province == "IQ-NI");
    }

    [Fact]
    public void A_suspect_named_by_initials_and_tied_to_isis_is_one_arrest()
    {
        // The dots of the initials end no sentence; the feminine noun is no people noun of the lexicon.
        const string text = "أعلنت مديرية الشرطة أنها ألقت القبض على مطلوبة “ع.م.ح” تنتمي لتنظيم “داعش” الإرهابي.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.Contains(ops, o => o.Arrested == 1);
    }

    [Fact]
    public void A_cell_tied_to_isis_is_no_count_of_one()
    {
        // What it must not take: a group noun is no person, and a relative clause describes a man already known.
        const string text = "ألقت قوة أمنية القبض على خلية تنتمي لتنظيم داعش في قضاء الحويجة.\n"
            + "وضبطت الشرطة بحوزة المدان والذي ينتمي لتنظيم داعش هاتفا فيه تسجيلات.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.DoesNotContain(ops, o => o.Arrested is not null);
    }

    [Fact]
    public void A_woman_arrested_earlier_is_not_one_of_the_cell_counted_before()
    {
        // "وفي وقت سابق" opens another time (Rules.AnotherTimeOpeners): her arrest is no part of the group's count.
        const string text = "اعتقلت قوات الجيش خلية لداعش تضم 12 عنصرا منهم ثلاث نساء في قضاء داقوق جنوب كركوك.\n"
            + "وفي وقت سابق اليوم قال مصدر في الشرطة إن قوة ألقت القبض على إرهابية تنتمي لتنظيم داعش.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.Contains(ops, o => o.Arrested == 12);
        Assert.Contains(ops, o => o.Arrested == 1);
    }
}
