using System.Text.RegularExpressions;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using OpsTracker.Core.Extraction;
using OpsTracker.Web.Components.Shared;
using OpsTracker.Web.Localization;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests.Localization;

/// <summary>
/// A failed report's stored reason (English, as the importer keeps it) is told in the UI's language on the reports
/// pages: each reason the decoder gives is recognised (the decoder itself produces them here), and the error page too.
/// </summary>
public sealed partial class FailureReasonTests
{
    public static TheoryData<byte[], string> DecoderRefusals() => new()
    {
        { [], "الملف فارغ" },
        { [0x20, 0x0A, 0x20], "لا يحوي الملف إلا مسافات فارغة" },
        { [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48], "الملف ثنائي وليس نصًّا" },
        { [0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0xC3, 0x28], "الملف ليس نصًّا بترميز UTF-8 ولا UTF-16 ولا Windows-1256 العربي" },
        { [0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0x28], "الملف ليس نصًّا بترميز UTF-8 ولا UTF-16 ولا Windows-1256 العربي" },
        { new byte[ReportDecoder.MaxBytes + 1], "الملف يتجاوز حد 5 ميغابايت" },
    };

    [Theory, MemberData(nameof(DecoderRefusals))]
    public async Task Each_reason_the_decoder_gives_is_told_in_Arabic(byte[] bytes, string arabic)
    {
        var reason = Assert.Throws<ReportReadException>(() => ReportDecoder.Decode("x.txt", bytes)).Reason;
        await using var ar = BunitSetup.Create("ar-IQ");
        Assert.Equal(arabic, Labels.FailureReason(ar.Services.GetRequiredService<IStringLocalizer<SharedResource>>(), reason));
    }

    [Theory]
    [InlineData("extractor error: boom", "تعثّر المستخرِج في هذا النص (التفاصيل في سجل الخادم)")]
    [InlineData("not extracted", "لم يُستخرج")]
    [InlineData("could not be stored: disk full", "تعذّر حفظه (التفاصيل في سجل الخادم)")]
    [InlineData("Permission denied", "تعذّرت قراءته: Permission denied")]
    public async Task The_importer_s_own_reasons_are_told_in_Arabic_and_an_unknown_one_is_kept_after_an_Arabic_sentence(string reason, string arabic)
    {
        await using var ar = BunitSetup.Create("ar-IQ");
        Assert.Equal(arabic, Labels.FailureReason(ar.Services.GetRequiredService<IStringLocalizer<SharedResource>>(), reason));
    }

    [Theory]
    [InlineData("file is empty")]
    [InlineData("file is 5,242,881 bytes, over the 5 MB limit")]
    public async Task In_English_the_reason_is_shown_as_stored(string reason)
    {
        await using var en = BunitSetup.Create("en");
        Assert.Equal(reason, Labels.FailureReason(en.Services.GetRequiredService<IStringLocalizer<SharedResource>>(), reason));
    }

    [Theory]
    [InlineData("ar-IQ", "حدث خطأ")]
    [InlineData("en", "Something went wrong")]
    public async Task The_error_page_is_in_the_UI_language(string culture, string heading)
    {
        await using var ctx = BunitSetup.Create(culture);
        var cut = ctx.Render<OpsTracker.Web.Components.Pages.Error>();
        Assert.Equal(heading, cut.Find("h1").TextContent.Trim());
        if (culture == "ar-IQ")
        {
            Assert.DoesNotMatch(LatinLetter(), cut.Find("h1").ParentElement!.TextContent.Replace("OpsTracker", "", StringComparison.Ordinal));
        }
    }

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex LatinLetter();
}
