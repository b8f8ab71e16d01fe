import sys,collections,re
names={'000':'000_9e756e20db3ef670','001':'001_a2c5c2f5df1e7fe7','002':'002_1fca6c6e25a453d6','003':'003_f55f75cbe4f5ac91','004':'004_0656e2f4a1cf6b1e'}
def load(p):
    rows=[]
    for i,l in enumerate(open(p).read().split('\n')):
        if not l.strip() or l.startswith('line\t'): continue
        c=l.split('\t')
        if len(c)<8: print('BAD',p,i,l); continue
        doubt=c[0].endswith('?')
        rows.append(dict(line=int(c[0].rstrip('?')),doubt=doubt,raw=c[1],value=c[2],scale=c[3],unit=c[4],qual=c[5],labels=c[6].split('|'),kind=c[7]))
    return rows
def key(r):
    raw=re.sub(r'\s','',r['raw'])
    for w in ['不少于','不低于','不超过','超过','大约','约','近']:
        if raw.startswith(w): raw=raw[len(w):]; break
    return (r['line'],raw)
for n,full in names.items():
    a=load(f'/work/clerk-a/{n}.prose.tsv'); b=load(f'/work/clerk-b/{n}.prose.tsv')
    ka=collections.defaultdict(list); kb=collections.defaultdict(list)
    for r in a: ka[key(r)].append(r)
    for r in b: kb[key(r)].append(r)
    agree=[];only=[]
    for k in sorted(set(ka)|set(kb)):
        la,lb=ka.get(k,[]),kb.get(k,[])
        for i in range(max(len(la),len(lb))):
            ra=la[i] if i<len(la) else None; rb=lb[i] if i<len(lb) else None
            if ra and rb:
                same = ra['value']==rb['value'] and ra['scale']==rb['scale'] and ra['unit']==rb['unit']
                if same and not ra['doubt'] and not rb['doubt']:
                    agree.append((ra,rb))
                else: only.append(('DIFF',ra,rb))
            else: only.append(('A-only' if ra else 'B-only',ra or rb,None))
    print(f'== {n}: a={len(a)} b={len(b)} agree={len(agree)} review={len(only)}')
    for t,r1,r2 in only:
        f=lambda r: f"{r['line']}{'?' if r['doubt'] else ''} {r['raw']} {r['value']} {r['scale']} {r['unit']} {r['qual']} {'|'.join(r['labels'])} {r['kind']}" if r else ''
        print(' ',t,'|',f(r1),'||',f(r2))

# ---- write the expected files: agreed rows, plus the reviewed decisions below
decisions = {
    # (seed, line, raw-key) -> 'a' (take clerk A's row), 'b', or None (exclude)
    ('000', 258, '50分'): None, ('000', 380, '40分'): None,          # (50分) of an indicator-table label cell: table content
    ('002', 218, '50分'): None, ('002', 343, '40分'): None, ('002', 428, '10分'): None,
    ('002', 537, '50分'): None, ('002', 621, '40分'): None, ('002', 707, '10分'): None,
    ('001', 42, '95%'): None, ('001', 42, '95%以上'): 'a',           # 以上 glued after the unit belongs to raw
    ('003', 50, '千元'): None, ('003', 50, '千元以上'): 'a',
    ('003', 60, '90分'): None, ('003', 60, '90分以上'): 'a',
    ('003', 69, '两年多'): None,                                     # a duration: not a budget/people/rate/score/count figure
}
import os
out_dir=sys.argv[1] if len(sys.argv)>1 else None
if out_dir:
    for n,full in names.items():
        a=load(f'/work/clerk-a/{n}.prose.tsv'); b=load(f'/work/clerk-b/{n}.prose.tsv')
        kb=collections.defaultdict(list)
        for r in b: kb[key(r)].append(r)
        used=collections.Counter()
        rows=[]
        for r in a:
            k=key(r); i=used[k]; used[k]+=1
            other=kb[k][i] if i<len(kb[k]) else None
            d=decisions.get((n,k[0],k[1]),'agree')
            if d is None: continue
            if d=='agree':
                if not other or r['doubt'] or other['doubt'] or other['value']!=r['value']:
                    raise SystemExit(f'undecided {n} {k}')
                labels=list(dict.fromkeys(r['labels']+other['labels']))
            else:
                labels=r['labels'] if d=='a' else other['labels']
            labels=sorted(labels,key=lambda s:(len(s),s)) if labels!=['-'] else ['-']
            rows.append([str(r['line']),r['raw'],r['value'],r['scale'],r['unit'],r['qual'],'|'.join(labels),r['kind']])
        for r in b:   # B-only rows taken by decision
            k=key(r)
            if decisions.get((n,k[0],k[1]))=='b': rows.append([str(r['line']),r['raw'],r['value'],r['scale'],r['unit'],r['qual'],'|'.join(r['labels']),r['kind']])
        rows.sort(key=lambda x:int(x[0]))
        with open(os.path.join(out_dir,f'{full}.prose.tsv'),'w') as f:
            f.write('# Prose figures of the seed, reviewed: the rows two clerks typed independently and agreed on\n')
            f.write('# (label alternatives of both kept, shortest first); rows only one typed, or typed differently, decided\n')
            f.write('# after reading the raw line (see the commit message). Columns as in /work/clerk-brief.md.\n')
            f.write('line\traw\tvalue\tscale\tunit\tqualifier\tlabel\tkind\n')
            for x in rows: f.write('\t'.join(x)+'\n')
        print(full,len(rows))
