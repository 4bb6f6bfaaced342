using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Data.Accounts;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Components.Pages.Admin;
using OpsTracker.Web.Localization;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests.Components;

/// <summary>
/// Identity's refusals (a password too weak) and the account service's own reach the admin in the UI's language on
/// the users page (issue 13): the app composes Identity with <see cref="LocalizedIdentityErrorDescriber"/>, which reads
/// the resources in the current UI culture. Nothing is stored when an account is refused.
/// </summary>
public sealed partial class AccountRefusalsUiTests(AccountsApps apps) : IClassFixture<AccountsApps>
{
    [Theory]
    [InlineData("ar-IQ", "يجب ألا يقل طول كلمة المرور عن 8.", "يجب أن تحوي كلمة المرور رقمًا واحدًا على الأقل (0-9).")]
    [InlineData("en", "Passwords must be at least 8 characters.", "Passwords must have at least one digit ('0'-'9').")]
    public async Task A_weak_password_is_refused_under_the_add_user_form_in_the_UI_language(string culture, string tooShort, string noDigit)
    {
        await using var db = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        await using var ctx = Context(db, culture);
        var cut = ctx.RenderWithPopovers<Users>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=new-user-add]")));

        Input(cut, "new-user-email").Input("new.analyst@example.org");
        Input(cut, "new-user-password").Input("abc");
        cut.Find("[data-testid=new-user-add]").Click();
        cut.WaitForAssertion(() =>
        {
            var errors = Errors(cut);
            Assert.Contains(tooShort, errors);
            Assert.Contains(noDigit, errors);
        });
        if (culture == "ar-IQ")
        {
            Assert.All(Errors(cut), e => Assert.DoesNotMatch(LatinLetter(), e));
        }

        // The same e-mail as an existing account: AccountService's own sentence, in the UI language, naming the e-mail.
        await AddAsync(ctx, "taken@example.org");
        Input(cut, "new-user-email").Input("taken@example.org");
        Input(cut, "new-user-password").Input(AccountsApp.Password);
        cut.Find("[data-testid=new-user-add]").Click();
        var taken = culture == "ar-IQ" ? "يوجد حساب للعنوان taken@example.org أصلًا." : "There is already an account for taken@example.org.";
        cut.WaitForAssertion(() => Assert.Equal([taken], Errors(cut)));

        await using var check = await db.Factory.CreateDbContextAsync();
        Assert.False(await check.Users.AnyAsync(u => u.Email == "new.analyst@example.org"));
    }

    [Fact]
    public async Task The_app_composes_Identity_with_the_localized_describer_and_the_API_answers_in_the_request_language()
    {
        var app = await apps.GetAsync(TestProvider.Sqlite);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("ar-IQ");
            var arabic = await users.CreateAsync(new IdentityUser { UserName = "weak@example.org", Email = "weak@example.org" }, "abc");
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            var english = await users.CreateAsync(new IdentityUser { UserName = "weak@example.org", Email = "weak@example.org" }, "abc");
            Assert.Equal(english.Errors.Select(e => e.Code), arabic.Errors.Select(e => e.Code));
            Assert.Contains(english.Errors, e => e is { Code: "PasswordTooShort", Description: "Passwords must be at least 8 characters." });
            Assert.All(arabic.Errors, e => Assert.DoesNotMatch(LatinLetter(), e.Description));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static BunitContext Context(TestDatabase db, string culture)
    {
        var ctx = BunitSetup.Create(culture);
        ctx.AddQueries(db.Factory);
        ctx.Services.AddLogging();
        ctx.Services.AddIdentityCore<IdentityUser>(AccountSetup.Configure)
            .AddOpsTrackerIdentityStores()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();
        ctx.SignIn(Roles.Admin);
        return ctx;
    }

    private static async Task AddAsync(BunitContext ctx, string email)
    {
        await using var scope = ctx.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<AccountService>().AddUserAsync(email, AccountsApp.Password, Roles.Viewer)).Succeeded);
    }

    private static string[] Errors(IRenderedComponent<Users> cut) =>
        [.. cut.FindAll("[data-testid=new-user-error]").Select(e => e.TextContent.Trim())];

    private static IElement Input(IRenderedComponent<Users> cut, string testId) =>
        cut.Find($"[data-testid={testId}] input, input[data-testid={testId}]");

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex LatinLetter();
}
