using System.Reflection;

namespace ResponseCentre.Dashboard.Accounts;

/// <summary>
/// What a password set through the account API must be: long, not blank, not the user name, and
/// not a common password (nor one with digits and symbols added at the end, like "Sommer2024!").
/// Seeded demo accounts arrive as hashes and are not checked: the seed is for demos and tests only.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;
    public const int MinimumDistinctCharacters = 5;
    private const string CommonPasswordsResource = "ResponseCentre.Dashboard.Accounts.common-passwords.txt";

    private static readonly char[] Padding = "0123456789!?.,;:-_#*@$%&+=/ ".ToCharArray();
    private static readonly Lazy<HashSet<string>> CommonPasswords = new(LoadCommonPasswords);

    /// <summary>Every rule the password breaks, as text for the user; empty when it may be used.</summary>
    public static List<string> Problems(string userName, string password)
    {
        var problems = new List<string>();
        if (password.Length < MinimumLength)
        {
            problems.Add($"at least {MinimumLength} characters");
        }

        if (string.IsNullOrWhiteSpace(password))
        {
            problems.Add("must not be only spaces");
        }
        else if (password.Distinct().Count() < MinimumDistinctCharacters)
        {
            problems.Add($"at least {MinimumDistinctCharacters} different characters");
        }

        var name = userName.Trim();
        if (name.Length > 0 && password.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("must not contain the user name");
        }

        if (IsCommon(password))
        {
            problems.Add("is a common password, or one with digits or symbols added; choose another");
        }

        return problems;
    }

    private static bool IsCommon(string password)
    {
        var lowered = password.Trim().ToLowerInvariant();
        var stem = lowered.TrimEnd(Padding);
        var core = stem.TrimStart(Padding);
        var common = CommonPasswords.Value;
        // Only digits and symbols (a date, a PIN) is as guessable as a listed word.
        return core.Length == 0 || common.Contains(lowered) || common.Contains(stem) || common.Contains(core);
    }

    private static HashSet<string> LoadCommonPasswords()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(CommonPasswordsResource)
            ?? throw new InvalidOperationException($"The build did not embed {CommonPasswordsResource}.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } word && word[0] != '#')
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words;
    }
}
