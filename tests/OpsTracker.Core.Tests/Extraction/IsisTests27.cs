using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// ISIS's dead and wounded, the operations' own figures (helper isis27). Invented sentences.
/// </summary>
public class IsisTests27
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2022, 9, 14);

    // One more man joined by و to people counted, told by a numeral word of one: the partitive أحد in construct with
    // the man's own men ("وأحد مساعديه", which normalised reads as the numeral "واحد"), or the ordinal that follows the
    // count ("اثنين ... وثالث") (SingularFigures.AndOneOfHisMen, SingularFigures.IsNextInLine, numbers.json ordinals).
    [Theory]
    [InlineData("قصفت الطائرات مقرا في وادي زغيتون وقتلت مسؤول التجنيد في التنظيم المكنى أبو سارة وأحد مساعديه.", 2)]
    [InlineData("قتلت قوة من الشرطة الوالي أبو حفص وأحد مرافقيه في كمين قرب قرية الخضراء بمحافظة كركوك.", 2)]
    [InlineData("أسفرت الغارة عن قتل قياديين اثنين من التنظيم كانا يستقلان دراجة نارية، وثالث كان يرافقهما في محافظة الأنبار.", 3)]
    [InlineData("تمكنت القوات من قتل ثلاثة مسلحين من داعش ورابع حاول الفرار نحو الوادي في محافظة ديالى.", 4)]
    public void One_more_man_told_by_a_numeral_word_of_one(string sentence, int killed)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(killed, Isis(result, CasualtyCategory.Killed));
    }

    [Theory]
    // Two descriptions of one man joined by و: "وأحد" before other than his own men is the same man told again.
    [InlineData("أعلنت قوة أمنية إلقاء القبض على مسؤول الدعاية وأحد ناشري المنشورات في التنظيم بعد استدراجه إلى كمين في محافظة نينوى.", 0, 1)]
    // A breakdown after "بينهم" names the counted, and a third of them is no more ("ثلاثة ... وثالث").
    [InlineData("قتلت القوات ثلاثة من داعش بينهم واحد يحمل جنسية أجنبية، وآخر من أهالي القضاء، وثالث من قادة التنظيم في محافظة نينوى.", 3, 0)]
    // The numeral one after its noun is a count of one, no conjunction.
    [InlineData("أعلنت القوات الأمنية قتل عنصر واحد من داعش في محافظة صلاح الدين.", 1, 0)]
    public void Not_one_more(string sentence, int killed, int arrested)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(killed, Isis(result, CasualtyCategory.Killed));
        Assert.Equal(arrested, Isis(result, CasualtyCategory.Arrested));
    }

    // A count told of an air strike named in its clause and one told of a fight on the ground are two operations, however
    // alike their counts (Passes.TwoMeansApart, asked by RepetitionRemoval).
    [Fact]
    public void An_air_strikes_dead_and_an_ambushs_dead_are_two_operations()
    {
        var result = Extractor.Extract("أعلن التحالف الدولي مقتل ثلاثة عناصر من داعش بضربة جوية في قضاء الحويجة بمحافظة كركوك. "
            + "وذكرت الشرطة أن مفرزة من الفرقة الخامسة قتلت ثلاثة إرهابيين بكمين بوادي زغيتون جنوب غربي كركوك.", Published);
        Assert.Equal(6, Isis(result, CasualtyCategory.Killed));
    }

    [Theory]
    // Air support of a ground force names no strike of its own: the same six told again.
    [InlineData("أعلنت وزارة الدفاع مقتل ستة عناصر من داعش إثر اشتباكات مع قوة أمنية في صحراء الأنبار. وقالت الوزارة إن قوة بإسناد من طيران الجيش تمكنت من تدمير وكر وقتل ستة إرهابيين كانوا بداخله.", 6)]
    // The strike told again with no ground fight: one count.
    [InlineData("أعلن التحالف الدولي مقتل ثلاثة عناصر من داعش بضربة جوية في قضاء الحويجة. وقال البيان إن الطيران قتل ثلاثة من عناصر داعش كانوا في وكر بوادي زغيتون.", 3)]
    public void The_same_dead_told_again_stay_one_count(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(killed, Isis(result, CasualtyCategory.Killed));
    }

    // A headline that places what it tells abroad ("في سوريا") and names no place in Iraq: the operations the body does
    // not place in Iraq are not ours, though Iraq struck or announced them (Passes.ForeignReportRemoval).
    [Fact]
    public void A_headline_abroad_makes_the_unplaced_strikes_foreign()
    {
        var result = Extractor.Extract("العراق يعلن نتائج غاراته على مواقع داعش في سوريا\n"
            + "قال الناطق العسكري إن غارات الطيران العراقي مساء أمس على أوكار للتنظيم قتلت 25 مسلحا.", Published);
        Assert.Equal(0, Isis(result, CasualtyCategory.Killed));
    }

    [Theory]
    // A headline of both countries places nothing abroad.
    [InlineData("غارات على مواقع داعش في العراق وسوريا\nقال الناطق العسكري إن غارات الطيران العراقي مساء أمس على أوكار للتنظيم قتلت 25 مسلحا.", 25)]
    // "في العالم" after an elative names what the man is compared with, not a place.
    [InlineData("العراق يعلن مقتل أحد أخطر قادة داعش في العالم\nقال الناطق العسكري إن قوة خاصة قتلت الإرهابي المكنى أبو حمزة.", 1)]
    public void A_headline_that_places_nothing_abroad_keeps_them(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(killed, Isis(result, CasualtyCategory.Killed));
    }
}
