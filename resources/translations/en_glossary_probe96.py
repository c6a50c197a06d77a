"""English for probe96's texts: a PostgreSQL server that does not answer within the connect
timeout (store/db_errors.py); what a 用户名 may be (core/usernames.py); an imported 信息's 得分
recomputed, not taken from the sheet (exchange/notes.py)."""

GLOSSARY = {
    "（%1 的 %2 端口）":
        " (port %2 of %1)",
    "连接数据库服务器%1超时，服务器没有回答%2。请检查：网络是否通、数据库服务器是否开着、防火墙是否放行这个端口（PostgreSQL 通常是 5432），以及数据库地址中的主机名和端口是否写对。网络很慢时可在地址中加上参数 connect_timeout=30 多等一会儿（如 postgresql://用户@主机:5432/数据库名?connect_timeout=30，单位为秒）。":
        "Connecting to the database server%1 timed out: the server did not answer%2. Check that the "
        "network is up, that the database server is running, that the firewall lets this port through "
        "(PostgreSQL usually uses 5432), and that the host name and port in the database address are "
        "right. On a slow network, add the parameter connect_timeout=30 to the address to wait longer "
        "(e.g. postgresql://user@host:5432/dbname?connect_timeout=30; in seconds).",
    "用户名只能由汉字、字母、数字和 _ . - 组成，并以汉字、字母或数字开头，如 zhangsan、zs01、张三":
        "a user name may hold only Chinese characters, letters, digits and _ . -, and begins with a "
        "Chinese character, a letter or a digit, e.g. zhangsan, zs01, 张三",
    "空格":
        "a space",
    "用户名“%1”中有%2，不能用：%3。请改后重新输入。":
        "The user name “%1” holds %2, which cannot be used: %3. Change it and enter it again.",
    "用户名“%1”不能以“%2”开头：%3。请改后重新输入。":
        "The user name “%1” cannot begin with “%2”: %3. Change it and enter it again.",
    "%1按规则重新计算，表中的%1未导入。":
        "“%1” is recomputed by the rules: the sheet's “%1” column was not imported.",
}
