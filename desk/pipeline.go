package desk

import (
	"context"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/mailbox"
)

// job is one fetched mail on its way through the pipeline.
type job struct {
	folder    string
	uid, uidv uint32
	known     bool // already filed (re-scan): only the cursor moves
	sent      bool // from the station's Sent folder
	blob      casefile.Blob
	received  time.Time
	done      chan struct{} // closed when parsed
	parsed    *parsed
}

// pipeline overlaps fetching (the caller's goroutine, in fetched), parsing
// (workers) and storing (one committer, in UID order, a batch per
// transaction).
type pipeline struct {
	d      *Desk
	folder string
	sent   bool            // the station's Sent folder
	ctx    context.Context // cancelled when the committer fails
	cancel context.CancelFunc
	work   chan *job // to the parse workers
	order  chan *job // to the committer, in fetch order
	wg     sync.WaitGroup
	commit chan struct{} // closed when the committer has finished

	mu    sync.Mutex
	err   error // the committer's failure
	stats Stats
}

func (d *Desk) newPipeline(ctx context.Context, folder string, sent bool) *pipeline {
	pctx, cancel := context.WithCancel(ctx)
	p := &pipeline{
		d: d, folder: folder, sent: sent, ctx: pctx, cancel: cancel,
		work:   make(chan *job, d.cfg.Batch),
		order:  make(chan *job, 2*d.cfg.Batch),
		commit: make(chan struct{}),
	}
	for range d.cfg.Workers {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			for j := range p.work {
				n := d.budget.acquire(min(j.blob.Size, d.cfg.MaxMessageBytes))
				j.parsed = d.parseStored(j.blob)
				d.budget.release(n)
				close(j.done)
			}
		}()
	}
	go p.committer(ctx)
	return p
}

// fetched is mailbox.Poll's handle: the body goes to its file, then the
// mail joins the pipeline.
func (p *pipeline) fetched(ctx context.Context, m mailbox.Message) error {
	j := &job{folder: p.folder, sent: p.sent, uid: m.UID, uidv: m.UIDValidity, known: m.Known,
		received: m.InternalDate, done: make(chan struct{})}
	if !m.Known {
		body := &bodyReader{r: m.Body}
		b, err := p.d.store.PutBlobLazy(ctx, body)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if body.err != nil {
				// The transfer failed, not the disk: mailbox reports it.
				return body.err
			}
			return storageFault(fmt.Errorf("keeping mail UID %d: %w", m.UID, err))
		}
		j.blob = b
		select {
		case p.work <- j:
		case <-ctx.Done():
			return ctx.Err()
		}
	} else {
		close(j.done)
	}
	select {
	case p.order <- j:
		return nil
	case <-ctx.Done():
		if err := p.failure(); err != nil {
			return err
		}
		return ctx.Err()
	}
}

// bodyReader remembers a failed read of the IMAP body, so that a failed
// transfer is told apart from a failed disk write.
type bodyReader struct {
	r   io.Reader
	err error
}

func (b *bodyReader) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	if err != nil && err != io.EOF {
		b.err = err
	}
	return n, err
}

// linger is how long the committer waits for more mail before it
// commits a batch that is not full: long enough that a burst of mail is
// committed in few transactions (each costs a flush to disk), short enough
// that a lone complaint is not held back.
const linger = 100 * time.Millisecond

// committer files the jobs in order, a batch per transaction. A batch is
// committed when it is full, when no further mail has come for linger,
// or when the poll is over.
func (p *pipeline) committer(ctx context.Context) {
	defer close(p.commit)
	var batch []*job
	flush := func() bool {
		if len(batch) == 0 {
			return true
		}
		st, err := p.d.commitBatch(ctx, batch)
		batch = batch[:0]
		p.mu.Lock()
		p.stats.add(st)
		if err != nil && p.err == nil {
			p.err = err
		}
		p.mu.Unlock()
		if err != nil {
			p.cancel()
			return false
		}
		return true
	}
	timer := time.NewTimer(linger)
	defer timer.Stop()
	for {
		var j *job
		var ok bool
		if len(batch) == 0 {
			j, ok = <-p.order
		} else {
			timer.Reset(linger)
			select {
			case j, ok = <-p.order:
			case <-timer.C:
				if !flush() {
					p.drain()
					return
				}
				continue
			}
		}
		if !ok {
			flush()
			return
		}
		<-j.done
		batch = append(batch, j)
		if len(batch) >= p.d.cfg.Batch && !flush() {
			p.drain()
			return
		}
	}
}

// drain lets the fetcher finish after a failure.
func (p *pipeline) drain() {
	for range p.order {
	}
}

func (p *pipeline) failure() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.err
}

// finish waits for the pipeline to drain after the poll returned.
func (p *pipeline) finish() (Stats, error) {
	close(p.work)
	p.wg.Wait()
	close(p.order)
	<-p.commit
	p.cancel()
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stats, p.err
}
