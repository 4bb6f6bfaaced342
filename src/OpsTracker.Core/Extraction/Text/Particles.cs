namespace OpsTracker.Core.Extraction.Text;

/// <summary>
/// The closed-class words the rules compare a token with: the conjunction, prepositions and a few adverbs and
/// particles, each written apart from the next word. Spelt as normalised text spells them (<see cref="ArabicNormalizer"/>
/// folds ى to ي and إ to ا), so "على" and "إلى" in a report are <see cref="Ala"/> and <see cref="Ila"/> here. A
/// particle joined to its word ("وقتل", "بقضاء") is no token of its own: <see cref="Clitics"/> reads those.
/// </summary>
public static class Particles
{
    /// <summary>"و": and. Written apart before a number ("و 3") or left alone where the text breaks a line.</summary>
    public const string Wa = "و";

    /// <summary>"من": from, of; also the partitive ("ثلاثة من الجنود", three of the soldiers).</summary>
    public const string Min = "من";

    /// <summary>"في": in, at; opens a place, a day or the force someone belongs to.</summary>
    public const string Fi = "في";

    /// <summary>"على" (normalised "علي"): on, against; also after verbs such as "عثر على" (found) and "القضاء على" (eliminate).</summary>
    public const string Ala = "علي";

    /// <summary>"إلى" (normalised "الي"): to, towards; also "up to" in a count that rose to a number.</summary>
    public const string Ila = "الي";

    /// <summary>"ب": by, with, in; a token of its own only when the text writes it apart ('بـ"الحشد"' loses its tatweel).</summary>
    public const string Bi = "ب";

    /// <summary>"ل": for, to; joined to its word, compared when a reading takes it off the front.</summary>
    public const string Li = "ل";

    /// <summary>"خلال": during, in the course of.</summary>
    public const string Khilal = "خلال";

    /// <summary>"بعد": after.</summary>
    public const string Baad = "بعد";

    /// <summary>"منذ": since; before a day it opens a span that runs to now, not the day something happened.</summary>
    public const string Mundhu = "منذ";

    /// <summary>"قد": the particle before a past verb that makes it done already ("كان قد قتل", had been killed).</summary>
    public const string Qad = "قد";

    /// <summary>"داخل": inside.</summary>
    public const string Dakhil = "داخل";
}
