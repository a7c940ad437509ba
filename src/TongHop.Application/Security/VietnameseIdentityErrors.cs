using Microsoft.AspNetCore.Identity;

namespace TongHop.Application.Security;

/// <summary>Identity's refusals in Vietnamese (the users page and <c>tonghop admin</c> show them as they are).</summary>
public sealed class VietnameseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Mật khẩu phải có ít nhất {length} ký tự." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"Tên đăng nhập '{userName}' đã có người dùng." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = $"Tên đăng nhập '{userName}' không hợp lệ: chỉ dùng chữ không dấu, chữ số và - . _ @ +." };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = "Mã xác nhận không hợp lệ hoặc đã hết hạn." };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "Mật khẩu không đúng." };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "Tài khoản vừa được người khác sửa; xin tải lại trang rồi thử lại." };

    public override IdentityError UserAlreadyInRole(string role) =>
        new() { Code = nameof(UserAlreadyInRole), Description = $"Người dùng đã có vai trò {role}." };
}
