namespace OpsTracker.Core.Linking;

/// <summary>
/// Every window, distance, weight and threshold of event linking, in one place. The weights add up to a score; two
/// operations of different reports are the same event when the score reaches <see cref="LinkThreshold"/> and no hard
/// rule forbids it (see <see cref="EventScorer"/>). Tuned on the tuned part of the labelled groups (invented re-tellings
/// of the seeds and hard negatives, tests/OpsTracker.Data.Tests/Linking/Labelled) and the development set's tuned
/// parts; measured on the held-out parts too (docs/extraction.md, "Event linking").
/// </summary>
public static class LinkingThresholds
{
    /// <summary>Two day-precision dates further apart than this are different events (outlets re-date by a day or two).</summary>
    public const int DayWindowDays = 3;

    /// <summary>A week-precision date is compatible with any day of its week, give or take this many days.</summary>
    public const int WeekSlackDays = 3;

    /// <summary>The widest window a candidate query needs around a date (a month-precision date spans its month).</summary>
    public const int CandidateWindowDays = 31;

    /// <summary>
    /// An undated operation of a report published on day P is looked for as an operation of the week before P (its
    /// week-precision window, starting P minus this many days): the lead a re-telling dropped told it in those days.
    /// </summary>
    public const int UndatedToldWithinDays = 7;

    /// <summary>Two undated operations are compared when their reports were published at most this many days apart.</summary>
    public const int UndatedToldApartDays = 7;

    /// <summary>
    /// A "timeless" operation (undated, in a report without publication date) has no date to look by, so it is compared
    /// with the dated operations of its province among the operations of the reports stored just before its own (this
    /// many report ids back): a re-telling without any date is most often loaded with or soon after what it re-tells,
    /// and the read stays bounded however many operations are stored. (The other order, a dated operation stored after
    /// a timeless one, reads every timeless operation of its province.)
    /// </summary>
    public const int TimelessLooksBackReports = 1000;

    /// <summary>Places this close (km, gazetteer coordinates) count as the same place.</summary>
    public const double SamePlaceKm = 10;

    /// <summary>Places this close (km) count as nearby.</summary>
    public const double NearbyKm = 30;

    /// <summary>Places further apart than this (km) are never one event.</summary>
    public const double FarKm = 80;

    /// <summary>The score two operations need to be linked.</summary>
    public const double LinkThreshold = 0.6;

    // Weights. A re-telling scores about 1.2 (same day, place, kind and figures); one whose figures differ from the
    // other's in one count still links at the same place (0.65), not without a place (0.35); two operations of one
    // province and day, of one kind, with no place and no figures, score 0.5 and stay apart.
    public const double SameDayWeight = 0.35;
    /// <summary>Lost per day of difference between two day-precision dates.</summary>
    public const double PerDayApartPenalty = 0.08;
    /// <summary>A date known only to the month or week, compatible with the other: weaker evidence than a day.</summary>
    public const double CoarseDateWeight = 0.15;
    public const double SamePlaceWeight = 0.3;
    public const double NearbyPlaceWeight = 0.15;
    /// <summary>Both name a place unknown to the gazetteer, spelt differently (perhaps one place spelt two ways).</summary>
    public const double OtherPlacePenalty = 0.2;
    /// <summary>
    /// Both name a gazetteer place, between <see cref="NearbyKm"/> and <see cref="FarKm"/> apart (Ramadi and Fallujah,
    /// 45 km): two towns, so the same day, kind and count do not make one event of them (0.35 + 0.15 + 0.35 - 0.4 plus a
    /// shared actor and words stays under the threshold). Outlets re-telling one event name the same town or a nearby one.
    /// </summary>
    public const double DistantPlacePenalty = 0.4;
    public const double SameKindWeight = 0.15;
    /// <summary>Every figure both give agrees (a subset counts: one report may give fewer of them).</summary>
    public const double FiguresAgreeWeight = 0.35;
    /// <summary>Per figure both give with different counts (a hedged count within <see cref="ApproximateTolerance"/> agrees).</summary>
    public const double FigureDisagreesPenalty = 0.15;
    /// <summary>Both give figures, none of the same kind (killed in one, arrests in the other).</summary>
    public const double DisjointFiguresPenalty = 0.1;
    public const double SharedActorWeight = 0.05;
    /// <summary>
    /// Times the share of words the two evidence sentences have in common (Jaccard, 0 to 1): outlets copy each other's
    /// sentences, and it tells apart two operations of one bulletin that are otherwise alike.
    /// </summary>
    public const double SharedWordsWeight = 0.1;

    /// <summary>
    /// Two evidence texts are one sentence copied (agencies repeat a statement nearly word for word) when at least this
    /// share of the shorter one's words are in the other (the other may be the paragraph it was copied from). It
    /// vouches for a date or a province one side lost and adds <see cref="NearCopyWeight"/>, but only when nothing
    /// contradicts it (no places apart, no figure differing): two operations told in one bulletin formula ("...
    /// arrested two terrorists in Fallujah" / "... in Ramadi") share most words too.
    /// </summary>
    public const double NearCopyShare = 0.7;

    /// <summary>
    /// A shorter evidence of fewer distinct words (three letters or more) than this counts as copied only when the two
    /// are nearly the same text (Jaccard), not when it is merely contained in the other.
    /// </summary>
    public const int NearCopyMinWords = 8;

    /// <summary>Added for a copied sentence (see <see cref="NearCopyShare"/>): with the same kind it reaches the threshold alone.</summary>
    public const double NearCopyWeight = 0.4;

    /// <summary>A hedged count ("about 150") agrees with another within this share of it.</summary>
    public const double ApproximateTolerance = 0.2;

    /// <summary>Two quotes of one official tally announced further apart than this (days) are different announcements.</summary>
    public const int TallyAnnouncementWindowDays = 7;
}
