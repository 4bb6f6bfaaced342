using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Arrests and hideouts (helper arrests21, session 21; every sentence here is INVENTED).
/// </summary>
public class ArrestsTests21
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2022, 3, 14);

    private static int Arrested(ExtractionResult r) => OperationCounts.Count(r, CasualtySide.Isis, CasualtyCategory.Arrested);

    // Passes/AimedArrestRemoval: an arrest word behind the lam of purpose is the aim of a move, not an arrest made.
    [Theory]
    [InlineData("وقال ضابط إن دورية من الشرطة توجهت إلى قرية الزاوية جنوب كركوك لاعتقال متهم بالانتماء إلى داعش، فتعرضت لإطلاق نار أدى إلى مقتل شرطي.")]
    [InlineData("وأفاد مصدر بأن قوة من الجيش تحركت نحو وادي الشاي لإلقاء القبض على ثلاثة مطلوبين من عناصر التنظيم، وانفجرت عبوة ناسفة بإحدى عجلاتها فقتل جندي.")]
    [InlineData("ونصبت القوات الأمنية كمينا في أطراف الحويجة للقبض على خمسة إرهابيين، لكن اشتباكا اندلع أسفر عن مقتل جنديين.")]
    public void Arrests_behind_a_purpose_lam_are_not_made(string text)
    {
        var r = Extractor.Extract(text, Published);
        Assert.Equal(0, Arrested(r));
        Assert.NotEmpty(r.Operations);
    }

    [Theory]
    [InlineData("وذكرت المديرية أن معلومات دقيقة قادت للقبض على ثلاثة إرهابيين في قضاء الفلوجة.", 3)]
    [InlineData("وأضاف البيان أن التحقيقات أدت لاعتقال أربعة متهمين بالانتماء لداعش في ناحية العلم.", 4)]
    [InlineData("وتمكنت مفارز الاستخبارات من اعتقال إرهابيين اثنين في قضاء الشرقاط.", 2)]
    public void Arrests_after_a_verb_of_leading_to_or_of_success_are_made(string text, int count)
    {
        Assert.Equal(count, Arrested(Extractor.Extract(text, Published)));
    }

    // Lexicon triggers.arrested: the finite verb with its object "القبض" ("ألقي القبض"، "ألقى القبض") before an
    // adverbial that parts it from "على" and the people ("ألقي القبض خلالها على"، "ألقى القبض فجر اليوم على").
    [Theory]
    [InlineData("وشنت مفارز الأمن الوطني حملة تفتيش في ناحية الرطبة ألقي القبض خلالها على أربعة من عناصر داعش.", 4)]
    [InlineData("وقال المصدر إن فوج الطوارئ ألقى القبض بعد منتصف الليل على سبعة متهمين بالإرهاب في قضاء بيجي.", 7)]
    public void An_adverbial_between_the_arrest_and_its_people_keeps_the_count(string text, int count)
    {
        Assert.Equal(count, Arrested(Extractor.Extract(text, Published)));
    }
}
