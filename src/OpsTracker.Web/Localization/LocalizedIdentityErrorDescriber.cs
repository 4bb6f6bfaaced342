using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace OpsTracker.Web.Localization;

/// <summary>
/// Identity's error texts (passwords, user names, roles) from the dashboard's resources, so they are in the language
/// the request or circuit runs in: the localizer reads the current UI culture on each lookup. The English resources
/// hold <see cref="Templates"/> as they are; each error keeps Identity's own code.
/// </summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> localizer) : IdentityErrorDescriber
{
    /// <summary>The English composite formats, and the resource keys for them.</summary>
    public static class Templates
    {
        public const string DefaultError = "An unknown failure has occurred.";
        public const string ConcurrencyFailure = "Optimistic concurrency failure, object has been modified.";
        public const string PasswordMismatch = "Incorrect password.";
        public const string InvalidToken = "Invalid token.";
        public const string RecoveryCodeRedemptionFailed = "Recovery code redemption failed.";
        public const string LoginAlreadyAssociated = "A user with this login already exists.";
        public const string InvalidUserName = "User name '{0}' is invalid: it holds characters that are not allowed.";
        public const string InvalidEmail = "Email '{0}' is invalid.";
        public const string DuplicateUserName = "User name '{0}' is already taken.";
        public const string DuplicateEmail = "Email '{0}' is already taken.";
        public const string InvalidRoleName = "Role name '{0}' is invalid.";
        public const string DuplicateRoleName = "Role name '{0}' is already taken.";
        public const string UserAlreadyHasPassword = "User already has a password set.";
        public const string UserLockoutNotEnabled = "Lockout is not enabled for this user.";
        public const string UserAlreadyInRole = "User already in role '{0}'.";
        public const string UserNotInRole = "User is not in role '{0}'.";
        public const string PasswordTooShort = "Passwords must be at least {0} characters.";
        public const string PasswordRequiresUniqueChars = "Passwords must use at least {0} different characters.";
        public const string PasswordRequiresNonAlphanumeric = "Passwords must have at least one non alphanumeric character.";
        public const string PasswordRequiresDigit = "Passwords must have at least one digit ('0'-'9').";
        public const string PasswordRequiresLower = "Passwords must have at least one lowercase ('a'-'z').";
        public const string PasswordRequiresUpper = "Passwords must have at least one uppercase ('A'-'Z').";
    }

    public override IdentityError DefaultError() => Error(nameof(DefaultError), Templates.DefaultError);
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), Templates.ConcurrencyFailure);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), Templates.PasswordMismatch);
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), Templates.InvalidToken);
    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), Templates.RecoveryCodeRedemptionFailed);
    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), Templates.LoginAlreadyAssociated);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), Templates.InvalidUserName, userName ?? "");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), Templates.InvalidEmail, email ?? "");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), Templates.DuplicateUserName, userName);
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), Templates.DuplicateEmail, email);
    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), Templates.InvalidRoleName, role ?? "");
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), Templates.DuplicateRoleName, role);
    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), Templates.UserAlreadyHasPassword);
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), Templates.UserLockoutNotEnabled);
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), Templates.UserAlreadyInRole, role);
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), Templates.UserNotInRole, role);
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), Templates.PasswordTooShort, length);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), Templates.PasswordRequiresUniqueChars, uniqueChars);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), Templates.PasswordRequiresNonAlphanumeric);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), Templates.PasswordRequiresDigit);
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), Templates.PasswordRequiresLower);
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), Templates.PasswordRequiresUpper);

    private IdentityError Error(string code, string template, params object[] arguments) =>
        new() { Code = code, Description = localizer[template, arguments].Value };
}
