"""Districts (huyện, quận, thị xã) of the provinces the corpus comes from, by province.

Made-up options for "huyện nào" must be the answer's neighbours: "Kiến Xương"
beside "Ba Tơ" (Quảng Ngãi) tells a learner from there which one is right. A
story in a province not listed gets no made-up district; it is offered only the
districts it names itself.
"""

from __future__ import annotations

_BY_PROVINCE: dict[str, str] = {
    "Hà Nam": "Duy Tiên, Kim Bảng, Thanh Liêm, Bình Lục, Lý Nhân",
    "Nam Định": "Mỹ Lộc, Vụ Bản, Ý Yên, Nam Trực, Trực Ninh, Xuân Trường, Giao Thủy, Hải Hậu, "
    "Nghĩa Hưng",
    "Thái Bình": "Quỳnh Phụ, Hưng Hà, Đông Hưng, Thái Thụy, Tiền Hải, Kiến Xương, Vũ Thư",
    "Ninh Bình": "Nho Quan, Gia Viễn, Hoa Lư, Yên Khánh, Kim Sơn, Yên Mô",
    "Hưng Yên": "Văn Lâm, Văn Giang, Yên Mỹ, Mỹ Hào, Ân Thi, Khoái Châu, Kim Động, Tiên Lữ, Phù Cừ",
    "Hải Dương": "Chí Linh, Nam Sách, Kinh Môn, Kim Thành, Thanh Hà, Cẩm Giàng, Bình Giang, "
    "Gia Lộc, Tứ Kỳ, Ninh Giang, Thanh Miện",
    "Bắc Giang": "Yên Thế, Tân Yên, Lạng Giang, Lục Nam, Lục Ngạn, Sơn Động, Yên Dũng, Việt Yên, "
    "Hiệp Hòa",
    "Nghệ An": "Quỳnh Lưu, Yên Thành, Diễn Châu, Nghi Lộc, Đô Lương, Nam Đàn, Hưng Nguyên, "
    "Thanh Chương, Anh Sơn, Con Cuông, Tân Kỳ, Nghĩa Đàn, Quỳ Hợp, Quỳ Châu, Quế Phong, "
    "Tương Dương, Kỳ Sơn",
    "Thanh Hóa": "Thọ Xuân, Hoằng Hóa, Quảng Xương, Nga Sơn, Hậu Lộc, Nông Cống, Đông Sơn, "
    "Triệu Sơn, Yên Định, Thiệu Hóa, Vĩnh Lộc, Thạch Thành, Cẩm Thủy, Ngọc Lặc, Lang Chánh, "
    "Bá Thước, Quan Hóa, Quan Sơn, Mường Lát, Như Xuân, Như Thanh, Thường Xuân, Hà Trung",
    "Cần Thơ": "Ninh Kiều, Bình Thủy, Cái Răng, Ô Môn, Thốt Nốt, Phong Điền, Cờ Đỏ, Thới Lai, "
    "Vĩnh Thạnh",
    "Quảng Ngãi": "Bình Sơn, Sơn Tịnh, Tư Nghĩa, Nghĩa Hành, Mộ Đức, Đức Phổ, Ba Tơ, Minh Long, "
    "Sơn Hà, Sơn Tây, Trà Bồng, Lý Sơn",
    "Lâm Đồng": "Lạc Dương, Đơn Dương, Đức Trọng, Lâm Hà, Đam Rông, Di Linh, Bảo Lâm, Đạ Huoai, "
    "Đạ Tẻh, Cát Tiên",
}

DISTRICTS_OF: dict[str, tuple[str, ...]] = {
    province: tuple(name.strip() for name in names.split(","))
    for province, names in _BY_PROVINCE.items()
}
PROVINCE_OF: dict[str, str] = {
    district: province for province, names in DISTRICTS_OF.items() for district in names
}
