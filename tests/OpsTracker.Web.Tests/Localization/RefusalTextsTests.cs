using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using OpsTracker.Data.Linking;
using OpsTracker.Data.Review;
using OpsTracker.Web.Components.Shared;
using OpsTracker.Web.Localization;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests.Localization;

/// <summary>
/// Every refusal a service can send the dashboard is a resource key with an Arabic text, so no English sentence from
/// the services reaches the Arabic UI; and the two resource files hold the same keys.
/// </summary>
public sealed partial class RefusalTextsTests
{
    /// <summary>The classes whose string constants are refusal templates.</summary>
    private static readonly Type[] TemplateHolders =
    [
        typeof(OperationCorrections.Messages), typeof(TallyCorrections.Messages), typeof(EventDecisionMessages),
        typeof(ReviewService), typeof(TallyReviewService), typeof(OpsTracker.Data.Seeding.ReportSubmissions.Messages),
        typeof(LocalizedIdentityErrorDescriber.Templates),
    ];

    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var template in TemplateHolders
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Distinct(StringComparer.Ordinal))
        {
            data.Add(template);
        }
        return data;
    }

    [Fact]
    public void Every_service_holds_refusal_templates() =>
        Assert.All(TemplateHolders, t => Assert.Contains(t.GetFields(BindingFlags.Public | BindingFlags.Static), f => f.IsLiteral && f.FieldType == typeof(string)));

    [Theory, MemberData(nameof(Templates))]
    public async Task Every_refusal_template_has_an_English_and_an_Arabic_text_with_the_same_arguments(string template)
    {
        // One culture at a time: BunitSetup sets the thread's UI culture, which the localizer reads on each lookup.
        LocalizedString english, arabic;
        await using (var en = BunitSetup.Create("en"))
        {
            english = en.Services.GetRequiredService<IStringLocalizer<SharedResource>>()[template];
        }
        await using (var ar = BunitSetup.Create("ar-IQ"))
        {
            arabic = ar.Services.GetRequiredService<IStringLocalizer<SharedResource>>()[template];
        }
        Assert.False(english.ResourceNotFound, $"no English resource for '{template}'");
        Assert.False(arabic.ResourceNotFound, $"no Arabic resource for '{template}'");
        Assert.NotEqual(english.Value, arabic.Value);
        Assert.Matches(ArabicLetter(), arabic.Value);
        Assert.Equal(Placeholders(template), Placeholders(english.Value));
        Assert.Equal(Placeholders(template), Placeholders(arabic.Value));
    }

    [Fact]
    public async Task A_refusal_is_shown_with_its_arguments_in_Arabic()
    {
        await using var ar = BunitSetup.Create("ar-IQ");
        var L = ar.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var refusal = new FieldRefusal("with", EventDecisionMessages.SharedReport, 12);
        var text = Labels.Refusal(L, refusal);
        Assert.Contains("12", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(LatinLetter(), text);
        Assert.Equal("Both events hold an operation of report 12: one report's operations are different events.", refusal.Message);
    }

    [Fact]
    public void Both_resource_files_hold_the_same_keys()
    {
        static HashSet<string> Keys(string file) =>
            [.. XDocument.Load(Path.Combine(AppContext.BaseDirectory, file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];
        var english = Keys("SharedResource.resx");
        var arabic = Keys("SharedResource.ar.resx");
        Assert.Empty(english.Except(arabic));
        Assert.Empty(arabic.Except(english));
    }

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{IsArabic}")]
    private static partial Regex ArabicLetter();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex LatinLetter();
}
