using System.Security.Claims;
using TongHop.Application.Security;
using TongHop.Application.Users;
using TongHop.Search.Querying;

namespace TongHop.Application.Search;

/// <summary>The search scope of a signed-in user, by the same rule as every page (<see cref="UnitScope"/>): a unit reporter finds only their unit.</summary>
public static class SearchScopes
{
    public static SearchScope Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return SearchScope.Nothing;
        }

        if (!UnitScope.IsLimited(user))
        {
            return SearchScope.All;
        }

        return UnitScope.UnitOf(user) is { } unit ? SearchScope.OfUnit(unit) : SearchScope.Nothing;
    }

    /// <summary>The review page at a span of the text: <c>/Submissions/ID#sSTART-END</c> ([start, end) offsets).</summary>
    public static string ReviewLink(int submissionId, int start, int end) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/Submissions/{submissionId}#s{start}-{end}");

    public static string ReviewLink(int submissionId, TongHop.Core.TextSpan? span) =>
        span is { } s ? ReviewLink(submissionId, s.Start, s.End) : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/Submissions/{submissionId}");
}
