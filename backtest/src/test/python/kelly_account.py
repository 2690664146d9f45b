"""Hand computation of the small Kelly account in KellyAccountTest (fee 0.01, half Kelly)."""
fee, mult = 0.01, 0.5
cash = 1.0
# a: YES at 0.5 with p = 0.7 (cost 0.51)
c_yes = 0.5 + fee
f1 = mult * (0.7 - c_yes) / (1 - c_yes)
s1 = f1 * cash; n1 = s1 / c_yes; cash -= s1
# b: NO at 0.4 with p = 0.2 (q = 0.8, cost 0.61)
c_no = 1 - 0.4 + fee
f2 = mult * (0.8 - c_no) / (1 - c_no)
s2 = f2 * cash; n2 = s2 / c_no; cash -= s2
# b resolves yes on Jan 5: the NO bet loses, before c's bet on Jan 5
equity_b = cash + s1
# c: YES at 0.5 with p = 0.55 (cost 0.51), funded from the cash left
f3 = mult * (0.55 - c_yes) / (1 - c_yes)
s3 = f3 * cash; n3 = s3 / c_yes; cash -= s3
# a resolves yes on Jan 10: pays n1
cash += n1
equity_a = cash + s3
# c resolves no on Jan 20: loses
final = cash
peak = max(1.0, equity_b, equity_a, final)
dd = max((peak - e) / peak for e in [equity_b, equity_a, final])
print("stakes", repr(s1), repr(s2), repr(s3))
print("contracts", repr(n1), repr(n2), repr(n3))
print("final", repr(final), "maxDrawdown", repr(dd))
print("staked", repr(s1 + s2 + s3), "fees", repr((n1 + n2 + n3) * fee))
