# refuse
