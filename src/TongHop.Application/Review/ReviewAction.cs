namespace TongHop.Application.Review;

/// <summary>What a reviewer does with an extracted value.</summary>
public enum ReviewAction
{
    Confirm,
    Correct,
    Reject,
}
