using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// ISIS's own figures and how they group into events (helper isis21): which counts are an operation's, which sum or
/// contain others told apart, and the verbs that tell a killing. Each theory names the reading and the class it tests.
/// Invented sentences.
/// </summary>
public class IsisFiguresTests21
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2016, 4, 12);

    private static int IsisKilled(ExtractionResult r) => OperationCounts.Count(r, CasualtySide.Isis, CasualtyCategory.Killed);

    [Theory]
    [InlineData(
        "أعلنت وزارة الداخلية أمس مقتل 17 مسلحا من داعش في ثلاث هجمات أغلبها في محافظة الأنبار.\n"
        + "وبحسب الناطق فإن مروحيات الجيش ضربت تجمعا لمسلحي التنظيم قرب هيت ما أسفر عن مقتل 9 منهم.\n"
        + "وأضاف أن مفرزة للشرطة قتلت خمسة إرهابيين قرب الطارمية شمال بغداد.\n"
        + "وفي صلاح الدين، قتلت مفرزة من الجيش ثلاثة عناصر من داعش قرب بيجي.", 17)]
    [InlineData(
        "قتلت القوات العراقية 11 عنصرا من تنظيم داعش في ثلاث عمليات متفرقة يوم الاثنين.\n"
        + "وذكر بيان عسكري أن الطائرات دمرت مقرا للتنظيم في القائم وقتلت خمسة من عناصره.\n"
        + "كما قتلت قوة من الحشد أربعة مسلحين في جزيرة سامراء.\n"
        + "وتمكنت الشرطة من قتل إرهابيين اثنين في قضاء الحويجة.", 11)]
    public void A_head_count_over_several_attacks_sums_the_operations_told_below(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(killed, IsisKilled(result));
    }

    [Theory]
    [InlineData(
        "أعلن مسؤول محلي مقتل قياديين اثنين من تنظيم داعش في قصف جوي على مواقعه في الأنبار.\n"
        + "وقال المسؤول إن طيران التحالف قصف مقرا للتنظيم في قضاء عنه، ما أسفر عن مقتل 9 عناصر من داعش بينهم القيادي أبو سعد والقيادي أبو خالد.", 9)]
    [InlineData(
        "قتل 16 عنصرا من داعش في غارة للطيران العراقي على مضافة في وادي حوران بالأنبار.\n"
        + "وذكرت المصادر أن من بين القتلى عددا من قادة التنظيم.\n"
        + "وأكدت خلية الإعلام الأمني لاحقا مقتل خمسة من كبار قادة داعش في الضربة ذاتها.", 16)]
    public void A_leaders_count_is_a_part_of_the_dead_the_leaders_were_told_among(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(killed, IsisKilled(result));
    }

    [Theory]
    [InlineData(
        "قتلت القوات الأمنية 30 مسلحا من داعش في حي الزهور شرقي الموصل.\n"
        + "وفي حي آخر، قتلت قوات الشرطة ثلاثة من قادة التنظيم خلال تقدمها في الجانب الأيسر.", 33)]
    [InlineData(
        "قتل طيران الجيش 12 إرهابيا في قضاء الرطبة غربي الأنبار.\n"
        + "كما قتلت قوة من الحشد اثنين من أمراء داعش في كمين قرب القائم.", 14)]
    [InlineData(
        "أعلنت خلية الإعلام الأمني مقتل 40 إرهابيا بينهم 6 متزعمين بضربة جوية غرب الرمادي.\n"
        + "وقصفت المدفعية مقرا لداعش في هيت وقتلت ثلاثة من قادة التنظيم.", 43)]
    public void A_leaders_count_with_no_cue_of_inclusion_stays_an_operation(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(killed, IsisKilled(result));
    }

    [Theory]
    [InlineData("وقضت قوات الجيش العراقي في وقت سابق اليوم على سبعة إرهابيين في سلسلة جبال مكحول.", 7)]
    [InlineData("وكانت قوات الحشد الشعبي قد قضت الأسبوع الماضي على 4 مسلحين من داعش في صحراء الأنبار.", 4)]
    [InlineData("أجهزت القوة المهاجمة فجر الثلاثاء على ثلاثة من عناصر التنظيم داخل نفق في وادي الشاي.", 3)]
    [InlineData("أجهز مقاتلو العشائر ليلة أمس على ستة تكفيريين قرب بحيرة الثرثار.", 6)]
    public void A_verb_of_killing_keeps_its_preposition_past_its_subject_and_time(string sentence, int killed)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(killed, IsisKilled(result));
    }

    [Theory]
    [InlineData("قضت العائلات النازحة ثلاثة أشهر في المخيم قبل عودتها إلى قرى قضاء سنجار.")]
    [InlineData("وقضى المعتقلون سنوات في السجن على ذمة التحقيق قبل الإفراج عن 12 منهم.")]
    public void A_verb_of_spending_time_kills_nobody(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(0, IsisKilled(result));
    }

    [Theory]
    [InlineData(
        "أعلنت وزارة الدفاع مقتل 30 إرهابيا بقصف جوي على تجمع لهم غرب الرمادي، كما تمكنت قوة من الجيش من قتل خمسة إرهابيين في بيجي شمال تكريت.\n"
        + "إلى ذلك قصفت الطائرات معسكرا للتنظيم في قضاء الرطبة وقتلت 20 إرهابيا كانوا فيه.\n"
        + "وقصفت المدفعية مقرا لداعش في هيت وقتلت ثلاثة من عناصره.", 58)]
    [InlineData(
        "أكدت خلية الإعلام الأمني مقتل 27 مسلحا بضربة جوية في وادي حوران غربي الأنبار، فيما قتلت قوات الشرطة أربعة مسلحين في قضاء الحويجة بكركوك.\n"
        + "وفي سياق متصل، دمرت الطائرات مضافة في القائم وقتلت 15 مسلحا.\n"
        + "كما قتلت قوة من الحشد ستة مسلحين قرب عنه.", 52)]
    public void A_run_on_sentence_names_the_next_operations_places_after_its_count(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(killed, IsisKilled(result));
    }

    [Theory]
    [InlineData("لقي 40 من المسلحين التابعين لعصابات داعش في الصحراء، مصرعهم بغارة جوية على وادي حوران.", 40)]
    [InlineData("ولقي تسعة من عناصر التنظيم الفارين من المدينة، حتفهم في كمين نصبته قوات الحشد قرب بيجي.", 9)]
    public void The_idiom_of_dying_reads_around_a_long_subject(string sentence, int killed)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(killed, IsisKilled(result));
    }

    [Theory]
    [InlineData("لقي 40 من المقاتلين العائدين ترحيبا واسعا من أهالي القرية، وسط مخاوف من هجمات داعش.")]
    public void The_verb_of_the_idiom_without_its_object_kills_nobody(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(0, IsisKilled(result));
    }
}
