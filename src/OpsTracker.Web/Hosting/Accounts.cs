using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using OpsTracker.Data;
using OpsTracker.Data.Accounts;

namespace OpsTracker.Web.Hosting;

/// <summary>
/// Accounts, roles and who may do what. Identity on the OpsTracker database; a cookie for the Blazor UI and a bearer
/// token for scripts (<c>POST /api/auth/login</c>), chosen per request by the Authorization header; data-protection keys
/// in the database, so several instances share sign-ins. Reading is open unless <c>OpsTracker:Auth:AnonymousRead</c> is
/// false; writing needs <see cref="Policies.Analyst"/>; managing users needs <see cref="Policies.Admin"/>.
/// </summary>
public static class Accounts
{
    /// <summary>The authentication scheme that forwards to the bearer token or the cookie.</summary>
    public const string Scheme = "OpsTracker";

    public const string AnonymousReadKey = "OpsTracker:Auth:AnonymousRead";
    public const string AdminEmailKey = "OpsTracker:Admin:Email";
    public const string AdminPasswordKey = "OpsTracker:Admin:Password";

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var anonymousRead = builder.Configuration.GetValue(AnonymousReadKey, true);
        services.AddSingleton(new ReadAccess(anonymousRead));
        services.AddSingleton<SignInTickets>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(Scheme, "Bearer token or cookie", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "OpsTracker.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // The API and the exports answer 401/403; pages redirect to the sign-in page.
            o.Events.OnRedirectToLogin = context => StatusOrRedirect(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => StatusOrRedirect(context, StatusCodes.Status403Forbidden);
        });

        services.AddIdentityCore<IdentityUser>(AccountSetup.Configure)
            .AddOpsTrackerIdentityStores()
            .AddErrorDescriber<OpsTracker.Web.Localization.LocalizedIdentityErrorDescriber>()
            .AddSignInManager()
            .AddApiEndpoints();

        services.AddDataProtection()
            .SetApplicationName("OpsTracker")
            .PersistKeysToDbContext<OpsTrackerDbContext>();

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Analyst, p => p.RequireRole(Roles.Analyst, Roles.Admin).AddRequirements(new CurrentRoleRequirement([Roles.Analyst, Roles.Admin])))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin).AddRequirements(new CurrentRoleRequirement([Roles.Admin])))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().AddRequirements(new ReadRequirement()).Build());
        services.AddSingleton<IAuthorizationHandler, ReadRequirementHandler>();
        services.AddSingleton<CurrentRoles>();
        services.AddSingleton<IAuthorizationHandler, CurrentRoleHandler>();
        services.AddCascadingAuthenticationState();
        services.AddHostedService<FirstAdmin>();
        return builder;
    }

    /// <summary>Authentication and authorization; call before <c>UseAntiforgery</c>.</summary>
    public static IApplicationBuilder UseAccounts(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            if (IsApiRequest(context.Request))
            {
                // A 401 or 403 from the API stays a status for scripts, not the HTML of the not-found page.
                if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
                {
                    pages.Enabled = false;
                }
                if (Closed.Any(p => context.Request.Path.Equals("/api/auth" + p, StringComparison.OrdinalIgnoreCase)))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                }
            }
            return next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>
    /// <c>/api/auth/login</c> (and refresh, manage/info) from Identity, without self-registration or e-mail flows;
    /// <c>/account/complete</c> turns a checked sign-in from the sign-in page into the cookie; <c>POST /account/logout</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/auth").WithTags("Accounts").MapIdentityApi<IdentityUser>();

        var account = app.MapGroup("/account").ExcludeFromDescription().AllowAnonymous();
        account.MapGet("/complete", CompleteSignInAsync);
        account.MapPost("/logout", SignOutAsync);
        return app;
    }

    /// <summary>Identity API endpoints that stay closed: accounts are made by an admin, and no e-mail is sent.</summary>
    private static readonly string[] Closed =
        ["/register", "/forgotPassword", "/resetPassword", "/confirmEmail", "/resendConfirmationEmail", "/manage/2fa"];

    private static Task StatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (IsApiRequest(context.Request))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }

    internal static bool IsApiRequest(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/export");

    private static async Task<Results<RedirectHttpResult, BadRequest<string>>> CompleteSignInAsync(
        string ticket, string? returnUrl, SignInTickets tickets, SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users)
    {
        var userId = tickets.Redeem(ticket);
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return TypedResults.BadRequest("The sign-in expired: sign in again.");
        }
        await signIn.SignInAsync(user, isPersistent: false);
        return TypedResults.LocalRedirect(SafeReturnUrl(returnUrl));
    }

    private static async Task<Results<RedirectHttpResult, BadRequest>> SignOutAsync(HttpContext context, IAntiforgery antiforgery, SignInManager<IdentityUser> signIn)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/");
    }

    /// <summary>A local path to go back to after signing in; anything else (another site, a scheme) becomes "/".</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}

/// <summary>The authorization policies.</summary>
public static class Policies
{
    /// <summary>Writes: analysts and admins.</summary>
    public const string Analyst = "analyst";

    /// <summary>Managing users: admins.</summary>
    public const string Admin = "admin";
}

/// <summary>Whether reading needs a signed-in account (<c>OpsTracker:Auth:AnonymousRead</c>, default true).</summary>
public sealed record ReadAccess(bool Anonymous);

/// <summary>The fallback rule for endpoints that name none: reading, open or for signed-in accounts.</summary>
public sealed class ReadRequirement : IAuthorizationRequirement;

public sealed class ReadRequirementHandler(ReadAccess access) : AuthorizationHandler<ReadRequirement>
{
    /// <summary>Reachable without an account whatever the setting: health probes, Blazor's own files and circuit, signing in.</summary>
    private static readonly string[] AlwaysOpen = ["/health", "/_framework", "/_content", "/_blazor", "/account", "/api/auth", "/not-found", "/Error"];

    public static bool IsAlwaysOpen(PathString path) => AlwaysOpen.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ReadRequirement requirement)
    {
        var path = context.Resource is HttpContext http ? http.Request.Path : PathString.Empty;
        if (access.Anonymous
            || context.User.Identity?.IsAuthenticated == true
            || IsAlwaysOpen(path))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

/// <summary>
/// A short-lived, signed ticket that the sign-in page (which checks the password inside the Blazor circuit, where no
/// cookie can be set) hands to <c>/account/complete</c>, which sets the cookie.
/// </summary>
public sealed class SignInTickets(IDataProtectionProvider protection, TimeProvider time)
{
    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("OpsTracker.SignIn").ToTimeLimitedDataProtector();

    public string Issue(string userId) => _protector.Protect(userId, time.GetUtcNow().AddMinutes(1));

    public string? Redeem(string ticket)
    {
        try
        {
            return _protector.Unprotect(ticket, out var expires) is { } id && expires > time.GetUtcNow() ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}

/// <summary>
/// At startup, once the database is migrated: creates the roles, and the admin from <c>OpsTracker:Admin:Email</c> and
/// <c>OpsTracker:Admin:Password</c> when no account has the admin role yet. The database may come up only after the
/// app has started (see DatabaseResilience), so this waits for the migration in the background instead of failing.
/// </summary>
internal sealed class FirstAdmin(IServiceScopeFactory scopes, IConfiguration configuration, DatabaseAvailability availability, ILogger<FirstAdmin> logger)
    : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task? _work;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (availability.IsMigrated)
        {
            // The usual start: the database was migrated before the server listens, so the admin exists once it does.
            await EnsureAsync(cancellationToken);
            return;
        }
        _work = Task.Run(() => EnsureAsync(_stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _stopping.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // Stopped again after the host disposed the service (a test host stops, then disposes and stops): the
            // loop was cancelled the first time.
            return;
        }
        if (_work is not null)
        {
            await _work.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task EnsureAsync(CancellationToken stopping)
    {
        try
        {
            await availability.Migrated.WaitAsync(stopping);
            await using var scope = scopes.CreateAsyncScope();
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            await accounts.EnsureRolesAsync();
            var email = configuration[Accounts.AdminEmailKey];
            var password = configuration[Accounts.AdminPasswordKey];
            if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
            {
                if (!await accounts.AnyAdminAsync())
                {
                    logger.LogInformation("No admin account yet: set {EmailKey} and {PasswordKey}, or run the CLI's `user add EMAIL --role admin`", Accounts.AdminEmailKey, Accounts.AdminPasswordKey);
                }
                return;
            }
            var (changed, result) = await accounts.EnsureAdminAsync(email, password);
            if (!result.Succeeded)
            {
                logger.LogError("Could not create the first admin {Email}: {Errors}", email, string.Join("; ", result.Errors));
            }
            else if (changed)
            {
                logger.LogInformation("Created the first admin {Email} from configuration", email);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not check for the first admin account");
        }
    }
}

/// <summary>
/// Writing and managing users ask the database, not only the sign-in's claims: a role changed or an account removed takes
/// effect at once, on a cookie, a bearer token and a live Blazor circuit alike (<see cref="CurrentRoles"/>).
/// </summary>
public sealed class CurrentRoleRequirement(IReadOnlyCollection<string> roles) : IAuthorizationRequirement
{
    public IReadOnlyCollection<string> Roles { get; } = roles;
}

public sealed class CurrentRoleHandler(CurrentRoles current, Microsoft.Extensions.Options.IOptions<IdentityOptions> identity) : AuthorizationHandler<CurrentRoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CurrentRoleRequirement requirement)
    {
        var userId = context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        if (userId is null)
        {
            return;
        }
        var stamp = context.User.FindFirst(identity.Value.ClaimsIdentity.SecurityStampClaimType)?.Value;
        if (await current.HoldsAsync(userId, stamp, requirement.Roles))
        {
            context.Succeed(requirement);
        }
    }
}
