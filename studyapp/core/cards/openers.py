"""What a stem drops at its start: connectives and clauses that only point back.

"Vì thế,", "Đồng thời,", "Thứ hai,", "Để đạt được kết quả trên,": cut from its
sentence, a stem that opens so leans on text the learner cannot see.
"""

from __future__ import annotations

import re

from studyapp.core.article.charset import UPPER_CLASS

CONNECTIVE_RE = re.compile(
    r"^(?:(?i:vì thế|vì vậy|do đó|do vậy|đồng thời|bên cạnh đó|ngoài ra|theo đó|qua đó|nhờ đó"
    r"|cụ thể|tuy nhiên|như vậy|nhìn chung|mặt khác|từ đó|trong đó|thêm vào đó|hơn nữa|đặc biệt"
    r"|nhất là|trước đó|sau đó|riêng|tiếp đó|bởi vậy|kết quả|cùng với đó|trước hết|cuối cùng"
    r"|một là|hai là|ba là|bốn là|năm là|nhờ vậy|dù vậy|tuy vậy|chính vì vậy|cho biết"
    r"|để làm được điều đó|để có kết quả này|có kết quả này|trong khi đó|lưu ý|đáng chú ý"
    r"|chẳng hạn|điển hình|dịp này|nhân dịp này|ngược lại|để khắc phục|ngay sau đó|tương tự"
    r"|(?:cũng )?tại (?:buổi lễ|hội nghị|buổi làm việc|lễ kỷ niệm|đại hội|buổi gặp mặt)"
    r"|(?:sáng|chiều|tối|trưa) cùng ngày|cùng ngày|ở chiều ngược lại|tiếp đến là"
    r"|trước (?:thực trạng|tình hình) (?:trên|này|đó))"
    # An enumeration's "Thứ hai," but not the weekday "Thứ Hai,".
    r"|[Tt]hứ (?:nhất|hai|ba|tư|năm|sáu))\s*[,:]\s*"
    r"|^[Tt]hứ (?:nhất|hai|ba|tư|năm|sáu) là\s+"  # "Thứ ba là lãi suất còn cao": the third
    r"|^[Vv]à\s+"  # a clause cut after "; và"
    # A round-up's next place: "; còn ở xã Nhân Hưng, ...", ", trong khi xã Chính Lý ...".
    r"|^(?i:còn|trong khi)\s+(?=(?i:ở|tại|đối với|với|huyện|xã|phường|thị trấn|thị xã|quận"
    rf"|thành phố|tỉnh|thôn|TP)[\s.]|{UPPER_CLASS})"
    # A clause that only points back: "Để đạt được kết quả trên,", "Thấu hiểu điều đó,".
    r"|^(?i:[^,\d]{0,40}?\s(?:điều|kết quả|mục tiêu|tinh thần|thực trạng|tình hình|vấn đề"
    r"|chủ trương|yêu cầu|lợi thế|khó khăn|thành tích|nguồn vốn|số tiền|kinh phí|nguồn lực)"
    r" (?:đó|này|trên|ấy))\s*,\s*"
)
