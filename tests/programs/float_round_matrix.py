x = 0.1
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 0.5
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 1.5
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 2.5
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 2.675
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 1.005
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 0.125
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 0.375
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 1e-07
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 123.456
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = -2.5
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = -0.5
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 1e+300
print(x, repr(x), round(x, 2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 5e-324
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 1.7976931348623157e+308
print(x, repr(x), round(x, 2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 0.30000000000000004
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 0.3333333333333333
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 0.6666666666666666
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 1000000000000000.0
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 1e+16
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 1.23456789e-05
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 1e+23
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 245.80338977940391
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 483.5739785214587
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 590.3871311313933
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 884.9005675541007
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 479.79714947986145
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 844.6499933308339
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = -941.9895434327706
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = -68.75469124378935
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 886.7134339966274
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 297.94910627384843
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 801.8009835012454
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = -773.5880706937113
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = -61.8619044356725
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = -506.8543347603394
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 87.52171847186082
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 147.88237585620163
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = -973.7716208221956
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = -566.5403990723037
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = -441.0352679777793
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 832.6907436171039
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 531.4509032582835
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = -680.7915752839235
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 594.2939828624089
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = -722.4651632021937
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 234.9050409322333
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = -746.6015348994606
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = -996.4502755949308
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = 742.8094894485641
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = -581.0872350097643
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
x = -569.0376615505354
print(x, repr(x), str(x), round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print("%f %e %g %.3f %10.4e %-12g|" % (x, x, x, x, x, x), x * 3, x / 7, x ** 2 if abs(x) < 1e100 else 0, -x, x // 3, x % 3)
