"""Fallback distractors when the article itself has too few of a kind.

Only well-known, generic values: nationwide emulation movements and models,
common commune/district names, provinces, and name parts for made-up
people. They are used after the article's own values, never before.
"""

from __future__ import annotations

PROGRAMME_NAMES: tuple[str, ...] = (
    "Dân vận khéo",
    "Toàn dân đoàn kết xây dựng đời sống văn hóa",
    "Chung sức xây dựng nông thôn mới",
    "Cả nước chung tay vì người nghèo",
    "Đền ơn đáp nghĩa",
    "Ngày Chủ nhật xanh",
    "Thắp sáng đường quê",
    "Tuổi trẻ sáng tạo",
    "Thanh niên tình nguyện",
    "Phụ nữ tích cực học tập, lao động sáng tạo",
    "Nông dân sản xuất, kinh doanh giỏi",
    "Doanh nghiệp Việt Nam vì cộng đồng",
    "Người Việt Nam ưu tiên dùng hàng Việt Nam",
    "Dân biết, dân bàn, dân làm, dân kiểm tra",
    "Khu dân cư kiểu mẫu",
    "Tuyến đường hoa nông thôn mới",
    "Ngày thứ Bảy tình nguyện",
    "Chi bộ bốn tốt",
)

PLACE_NAMES: tuple[str, ...] = (
    "Yên Bình",
    "Tân Lập",
    "Hòa Bình",
    "Đồng Tâm",
    "Quang Trung",
    "Minh Khai",
    "Tân Tiến",
    "Thanh Hà",
    "An Lão",
    "Tiên Phong",
    "Hưng Đạo",
    "Đông Hòa",
    "Nam Sơn",
    "Phú Thọ",
    "Trung Hòa",
    "Liên Minh",
    "Thanh Sơn",
    "Đức Lý",
    "Ngọc Sơn",
    "Hợp Thành",
)

# Provincial cities, for "thành phố nào": a commune's name would give the answer away.
CITIES: tuple[str, ...] = (
    "Phủ Lý",
    "Nam Định",
    "Thái Bình",
    "Ninh Bình",
    "Hạ Long",
    "Vinh",
    "Thanh Hóa",
    "Việt Trì",
    "Thái Nguyên",
    "Bắc Giang",
    "Hải Dương",
    "Đồng Hới",
    "Quy Nhơn",
    "Buôn Ma Thuột",
    "Cà Mau",
    "Rạch Giá",
)

# Districts and towns, for "huyện nào", "quận nào", "thị xã nào".
DISTRICTS: tuple[str, ...] = (
    "Kim Bảng",
    "Thanh Liêm",
    "Lý Nhân",
    "Ý Yên",
    "Vụ Bản",
    "Hải Hậu",
    "Kiến Xương",
    "Tiền Hải",
    "Gia Viễn",
    "Nho Quan",
    "Khoái Châu",
    "Văn Lâm",
    "Thanh Miện",
    "Lục Nam",
    "Yên Thành",
    "Quỳnh Lưu",
)

PROVINCES: tuple[str, ...] = (
    "Hà Nam",
    "Nam Định",
    "Ninh Bình",
    "Thái Bình",
    "Hưng Yên",
    "Hải Dương",
    "Bắc Ninh",
    "Bắc Giang",
    "Vĩnh Phúc",
    "Phú Thọ",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Quảng Bình",
    "Quảng Ninh",
    "Lạng Sơn",
    "Thái Nguyên",
    "Tuyên Quang",
    "Lào Cai",
    "Yên Bái",
    "Hòa Bình",
    "Sơn La",
    "Điện Biên",
    "Cao Bằng",
    "Đắk Lắk",
    "Lâm Đồng",
    "Bình Định",
    "Quảng Nam",
    "Khánh Hòa",
    "Long An",
    "Tiền Giang",
    "Bến Tre",
    "Cần Thơ",
    "An Giang",
    "Đồng Tháp",
    "Cà Mau",
)

# Every province (before the 2025 mergers, whose names are among these) and Cần Thơ:
# what a paper's name or a bare "tỉnh X" is recognised by. Options use PROVINCES.
ALL_PROVINCES: frozenset[str] = frozenset(PROVINCES) | frozenset(
    (
        "Hà Giang", "Bắc Kạn", "Lai Châu", "Quảng Trị", "Thừa Thiên Huế", "Quảng Ngãi",
        "Phú Yên", "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Nông",
        "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu",
        "Bà Rịa – Vũng Tàu", "Trà Vinh", "Vĩnh Long", "Kiên Giang", "Hậu Giang",
        "Sóc Trăng", "Bạc Liêu",
    )
)  # fmt: skip

SURNAMES: tuple[str, ...] = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Vũ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Ngô",
)
# Middle and given names that go together (no "Thị" + a man's name).
MIDDLE_NAMES: tuple[str, ...] = ("Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Mạnh", "Tiến")
GIVEN_NAMES: tuple[str, ...] = (
    "Hùng",
    "Dũng",
    "Tuấn",
    "Nam",
    "Thắng",
    "Sơn",
    "Long",
    "Hải",
    "Cường",
    "Thành",
)

# Quoted products ("sản phẩm “Dưa lưới Nhân Khang”"): OCOP goods, given the answer's place.
PRODUCT_KINDS: tuple[str, ...] = (
    "Mật ong hoa nhãn", "Gạo nếp cái hoa vàng", "Miến dong", "Chè búp khô", "Nước mắm cốt",
    "Bánh đa nem", "Rượu nếp cái", "Nem chua", "Tương bần", "Mắm tôm", "Giò lụa",
    "Bưởi Diễn", "Vịt cỏ", "Trứng vịt muối", "Chổi đót", "Cói mỹ nghệ",
)  # fmt: skip
# Quoted funds ("Quỹ “Vì người nghèo”").
FUND_NAMES: tuple[str, ...] = (
    "Vì người nghèo", "Đền ơn đáp nghĩa", "Khuyến học", "Bảo trợ trẻ em",
    "Phòng, chống thiên tai", "Vì biển, đảo Việt Nam", "Hỗ trợ nông dân",
)  # fmt: skip
