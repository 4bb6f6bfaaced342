using System.Globalization;
using OpsTracker.Core.Domain;

namespace OpsTracker.Data.Generation;

/// <summary>An Arabic noun in the forms a count calls for: 1, 2, 3 to 10, 11 and more.</summary>
internal sealed record CountedNoun(string One, string Two, string Few, string Many)
{
    /// <summary>"إرهابي", "إرهابيين اثنين", "5 إرهابيين", "12 إرهابياً"; hedged counts read "نحو 12 إرهابياً".</summary>
    public string Count(int n, string? hedge = null)
    {
        var phrase = n switch
        {
            1 => One,
            2 => Two,
            <= 10 => $"{Digits(n)} {Few}",
            _ => $"{Digits(n)} {Many}",
        };
        return hedge is null ? phrase : $"{hedge} {phrase}";
    }

    public static string Digits(int n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A force: its English name (as the extractor's lexicon gives it) and how the press names it.</summary>
internal sealed record Force(string Name, string Arabic);

/// <summary>The phrase tables the synthetic reports are composed from.</summary>
internal static class ArabicPhrases
{
    public static readonly Force CounterTerrorism = new("Counter-Terrorism Service", "جهاز مكافحة الإرهاب");
    public static readonly Force JointOperations = new("Joint Operations Command", "قيادة العمليات المشتركة");
    public static readonly Force Army = new("Iraqi Army", "الجيش العراقي");
    public static readonly Force AirForce = new("Iraqi Air Force", "القوة الجوية العراقية");
    public static readonly Force ArmyAviation = new("Army Aviation", "طيران الجيش");
    public static readonly Force FederalPolice = new("Federal Police", "الشرطة الاتحادية");
    public static readonly Force Pmf = new("Popular Mobilization Forces", "الحشد الشعبي");
    public static readonly Force Peshmerga = new("Peshmerga", "البيشمركة");
    public static readonly Force Coalition = new("International coalition", "التحالف الدولي");

    public static readonly Force[] AllForces =
        [CounterTerrorism, JointOperations, Army, AirForce, ArmyAviation, FederalPolice, Pmf, Peshmerga, Coalition];

    /// <summary>Ground forces, for searches, raids, arrests, clashes and the rest.</summary>
    public static readonly Force[] GroundForces = [CounterTerrorism, Army, FederalPolice, Pmf, JointOperations];

    /// <summary>The Kurdistan Region and the disputed provinces next to it, where the Peshmerga operate.</summary>
    public static readonly HashSet<string> PeshmergaProvinces = new(StringComparer.Ordinal)
    {
        "IQ-AR", "IQ-DA", "IQ-SU", "IQ-HA", "IQ-KI", "IQ-NI", "IQ-DI",
    };

    public static readonly CountedNoun IsisMembers = new("إرهابي", "إرهابيين اثنين", "إرهابيين", "إرهابياً");
    public static readonly CountedNoun People = new("شخص", "شخصين", "أشخاص", "شخصاً");
    public static readonly CountedNoun Strikes = new("ضربة جوية", "ضربتين جويتين", "ضربات جوية", "ضربة جوية");
    public static readonly CountedNoun Operations = new("عملية", "عمليتين", "عمليات", "عملية");
    public static readonly CountedNoun Attacks = new("هجوم", "هجومين", "هجمات", "هجوماً");

    public static readonly IReadOnlyDictionary<HideoutKind, CountedNoun> Hideouts = new Dictionary<HideoutKind, CountedNoun>
    {
        [HideoutKind.GuestHouse] = new("مضافة", "مضافتين", "مضافات", "مضافة"),
        [HideoutKind.Den] = new("وكر", "وكرين", "أوكار", "وكراً"),
        [HideoutKind.Hideout] = new("مخبأ", "مخبأين", "مخابئ", "مخبأً"),
        [HideoutKind.Tunnel] = new("نفق", "نفقين", "أنفاق", "نفقاً"),
        [HideoutKind.Cave] = new("كهف", "كهفين", "كهوف", "كهفاً"),
    };

    /// <summary>Words that hedge a count (نحو، أكثر من، قرابة).</summary>
    public static readonly string[] Hedges = ["نحو", "أكثر من", "قرابة", "حوالي"];

    /// <summary>The groups victims of other sides belong to, named after "من" ("3 من المدنيين") or "أحد" ("أحد المدنيين").</summary>
    public static readonly string[] SecurityGroups = ["المنتسبين", "الجنود", "عناصر الشرطة", "مقاتلي الحشد الشعبي", "الضباط"];
    public static readonly string[] PeshmergaSecurityGroups = ["المنتسبين", "مقاتلي البيشمركة", "عناصر الشرطة", "الضباط"];
    public static readonly string[] CivilianGroups = ["المدنيين", "الرعاة", "المزارعين", "أهالي القرية", "المواطنين"];
    /// <summary>People arrested whose side the text leaves open.</summary>
    public static readonly string[] UnknownArrestedGroups = ["المطلوبين", "المشتبه بهم"];

    public static readonly string[] AttackTargets =
        ["نقطة عسكرية", "قرية آمنة", "مقراً للحشد الشعبي", "دورية للشرطة الاتحادية", "سرية للجيش العراقي", "مجموعة من الرعاة", "نقطة تفتيش"];

    /// <summary>Expressions of time that cannot be resolved to a date.</summary>
    public static readonly string[] VagueTimes = ["مؤخراً", "قبل أيام", "في وقت سابق", "خلال الأيام الماضية", "في الآونة الأخيرة"];

    /// <summary>Iraqi month names, January first.</summary>
    public static readonly string[] Months =
        ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    public static string Date(DateOnly date) => $"{date.Day.ToString(CultureInfo.InvariantCulture)} {Months[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>"ضربة جوية", "ضربتين جويتين", "5 ضربات جوية", "ضربات جوية" (no count).</summary>
    public static string StrikesPhrase(int? strikes) => strikes is { } n ? Strikes.Count(n) : "ضربات جوية";

    /// <summary>"3 من المدنيين", or "أحد المدنيين" for one.</summary>
    public static string OfGroup(int n, string group, string? hedge) =>
        n switch
        {
            1 => $"أحد {group}",
            2 => $"اثنين من {group}",
            _ => $"{(hedge is null ? "" : hedge + " ")}{CountedNoun.Digits(n)} من {group}",
        };

    /// <summary>The noun for a casualty of <paramref name="side"/> in <paramref name="category"/>, with its count.</summary>
    public static string CasualtyPhrase(CasualtySide side, CasualtyCategory category, int count, string? hedge, string group)
    {
        var verb = (side, category) switch
        {
            (CasualtySide.Security, CasualtyCategory.Killed) => "استشهاد",
            (_, CasualtyCategory.Killed) => "مقتل",
            (_, CasualtyCategory.Wounded) => "إصابة",
            (CasualtySide.Isis, CasualtyCategory.Arrested) => "اعتقال",
            (CasualtySide.Unknown, CasualtyCategory.Arrested) => "القبض على",
            _ => "اختطاف",
        };
        var who = (side, category) switch
        {
            (CasualtySide.Isis, _) => IsisMembers.Count(count, hedge),
            (CasualtySide.Unknown, not CasualtyCategory.Arrested) => People.Count(count, hedge),
            _ => OfGroup(count, group, hedge),
        };
        return $"{verb} {who}";
    }

    /// <summary>"تدمير 3 أوكار" or "العثور على نفقين".</summary>
    public static string HideoutPhrase(HideoutKind kind, int count, HideoutOutcome outcome) =>
        (outcome == HideoutOutcome.Destroyed ? "تدمير " : "العثور على ") + Hideouts[kind].Count(count);
}
